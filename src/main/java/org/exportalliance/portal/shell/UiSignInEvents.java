package org.exportalliance.portal.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Notes in the session when its user signed in through the form, for {@link SessionLifetime}'s absolute limit, and
 * opens the session's row ({@link SignedInSessions}) when the password completed the sign-in; otherwise the last
 * step does ({@link SignInProgress}). Failed sign-ins need nothing here: the account service counts them, for the
 * UI and the API alike.
 */
@Component
class UiSignInEvents {

    private final Clock clock;
    private final SignedInSessions sessions;

    UiSignInEvents(Clock clock, SignedInSessions sessions) {
        this.clock = clock;
        this.sessions = sessions;
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            SessionLifetime.signedIn(request.getSession(), clock.instant());
            if (event.getAuthentication().getPrincipal() instanceof PortalUser user && user.complete()) {
                opened(sessions, request, user);
            }
        }
    }

    static void opened(SignedInSessions sessions, HttpServletRequest request, PortalUser user) {
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        sessions.opened(request.getSession(), user.account().id(), agent == null ? "" : agent,
                request.getRemoteAddr());
    }
}
