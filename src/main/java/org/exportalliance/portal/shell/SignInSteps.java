package org.exportalliance.portal.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a sign-in that is not complete on its step's page: a person who has given only their password sees nothing
 * else of the portal (their session holds no roles either, so no service would serve them). Pages that need no
 * sign-in (the sign-in page itself, a reset or an invitation link) stay reachable.
 */
@Component
class SignInSteps implements VaadinServiceInitListener {

    private final SignedIn signedIn;

    SignInSteps(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::keepOnStep));
    }

    private void keepOnStep(BeforeEnterEvent event) {
        signedIn.user().ifPresent(user -> {
            String path = event.getLocation().getPath();
            if (!user.complete() && !path.equals(user.stage().path()) && !anonymous(path)) {
                event.forwardTo(user.stage().path());
            } else if (user.complete() && path.startsWith("sign-in/")) {
                event.forwardTo("");
            }
        });
    }

    private static boolean anonymous(String path) {
        return path.equals("login") || path.equals("forgot-password") || path.equals("reset-password")
                || path.equals("invitation");
    }
}
