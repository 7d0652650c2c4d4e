package org.exportalliance.portal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/** The start page forwards to the first feature the user may use. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final SignedIn signedIn;
    private final List<NavigationEntry> entries;

    HomeView(SignedIn signedIn, List<NavigationEntry> entries) {
        this.signedIn = signedIn;
        this.entries = entries;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entries.stream()
                .filter(entry -> entry.visibleTo(signedIn.actor()))
                .min(Comparator.comparingInt(NavigationEntry::order))
                .ifPresent(entry -> event.forwardTo(entry.view()));
    }
}
