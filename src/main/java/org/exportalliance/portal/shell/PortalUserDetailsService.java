package org.exportalliance.portal.shell;

import java.time.Duration;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.SignInThrottle;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Adapts the reactive account service to the servlet form login. The bounded block runs on a servlet request thread,
 * the UI's edge, never on a reactive one.
 */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(10);
    private final AccountService accounts;
    private final SignInThrottle throttle;

    PortalUserDetailsService(AccountService accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PortalUser user = accounts.findByUsername(username.strip())
                .flatMap(account -> accounts.passwordHashOf(account)
                        .map(hash -> new PortalUser(account, hash, accounts.maySignIn(account),
                                throttle.isLocked(account.username()))))
                .block(LOOKUP_TIMEOUT);
        if (user == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return user;
    }
}
