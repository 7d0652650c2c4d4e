package org.exportalliance.portal.shell;

import java.time.Duration;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.UserAccount;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The signed-in person for a username, as the UI session holds it. The form login does not use it (passwords are
 * checked by {@link PortalSignIn}, through the account service); Spring Security's test support does
 * ({@code @WithUserDetails}). The bounded block runs on a servlet request thread, the UI's edge, never on a reactive
 * one; a lookup that fails or runs out of time is the service's trouble, never "no such user".
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final AccountService accounts;
    private final Duration timeout;

    PortalUserDetailsService(AccountService accounts,
            @org.springframework.beans.factory.annotation.Value("${portal.sign-in.timeout:PT10S}") Duration timeout) {
        this.accounts = accounts;
        this.timeout = timeout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account;
        try {
            account = accounts.findByUsername(username.strip()).block(timeout);
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("The account lookup failed or timed out", e);
        }
        if (account == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return new PortalUser(account, accounts.maySignIn(account));
    }
}
