package org.exportalliance.portal.shell;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.exportalliance.portal.account.Actor;
import org.springframework.stereotype.Component;

/** Who is signed in to this UI, for views to pass on to services as the {@link Actor}. */
@Component
public class SignedIn {

    private final AuthenticationContext auth;

    SignedIn(AuthenticationContext auth) {
        this.auth = auth;
    }

    public Optional<PortalUser> user() {
        return auth.getAuthenticatedUser(PortalUser.class);
    }

    /**
     * The actor of a view that requires sign-in; views are denied to anonymous users before this runs, and a sign-in
     * still on a step ({@link SignInStage}) has no actor.
     */
    public Actor actor() {
        return user().filter(PortalUser::complete).map(PortalUser::actor)
                .orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    public boolean isStaff() {
        return user().map(u -> u.actor().isStaff()).orElse(false);
    }

    public void logout() {
        auth.logout();
    }
}
