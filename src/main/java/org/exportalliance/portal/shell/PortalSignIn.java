package org.exportalliance.portal.shell;

import java.time.Duration;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.SignInChannel;
import org.exportalliance.portal.account.SignInLimited;
import org.exportalliance.portal.account.SignInLocked;
import org.exportalliance.portal.account.UserAccount;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The UI's form login, checked by the same {@link AccountService#authenticate} as the API's token endpoint: the same
 * lock per account (in the database), the same limit per client address, the same hash check whether the name exists
 * or not. The one bounded wait runs on the servlet request thread of the login POST.
 *
 * <p>Its outcomes, each its own exception so the login page can say which (see {@link UiSecurityConfiguration}):
 * a wrong name or password ({@link BadCredentialsException}); a locked name ({@link LockedException}); too many
 * failures from the address ({@link AddressLimited}); and a lookup that failed or ran out of time
 * ({@link InternalAuthenticationServiceException}), which is the service's trouble and must never read as a wrong
 * password.
 */
@Component
class PortalSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PortalSignIn.class);

    /** Too many failed sign-ins from the client's address. */
    static final class AddressLimited extends AuthenticationException {
        AddressLimited(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final AccountService accounts;
    private final Duration timeout;

    PortalSignIn(AccountService accounts, @Value("${portal.sign-in.timeout:PT10S}") Duration timeout) {
        this.accounts = accounts;
        this.timeout = timeout;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        UserAccount account;
        try {
            account = accounts.authenticate(username, password, clientAddress(attempt), SignInChannel.UI)
                    .block(timeout);
        } catch (SignInLocked e) {
            throw new LockedException("Too many failed sign-ins for this username", e);
        } catch (SignInLimited e) {
            throw new AddressLimited("Too many failed sign-ins from this address", e);
        } catch (RuntimeException e) {
            // A timeout (the database is busy) or a database error: say so, never "wrong password".
            log.warn("A sign-in could not be checked: {}", e.toString());
            throw new InternalAuthenticationServiceException("The sign-in could not be checked", e);
        }
        if (account == null) {
            throw new BadCredentialsException("Wrong username or password");
        }
        // A password alone completes the sign-in only where no further step is due (SignInStage).
        PortalUser user = new PortalUser(account, true, SignInStage.next(account, false), false);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
