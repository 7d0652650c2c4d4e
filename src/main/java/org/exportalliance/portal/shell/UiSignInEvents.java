package org.exportalliance.portal.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Notes in the session when its user signed in through the form, for {@link SessionLifetime}'s absolute limit.
 * Failed sign-ins need nothing here: the account service counts them, for the UI and the API alike.
 */
@Component
class UiSignInEvents {

    private final Clock clock;

    UiSignInEvents(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            SessionLifetime.signedIn(request.getSession(), clock.instant());
        }
    }
}
