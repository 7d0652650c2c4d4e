package org.exportalliance.portal.shell;

import org.exportalliance.portal.account.SignInThrottle;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds the form login's outcomes to the shared {@link SignInThrottle}. */
@Component
class UiSignInEvents {

    private final SignInThrottle throttle;

    UiSignInEvents(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(String.valueOf(event.getAuthentication().getPrincipal()), "ui");
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }
}
