package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.session.UserSession;
import org.exportalliance.portal.firm.people.OwnAccountService;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedInSessions;
import org.exportalliance.portal.shell.UiCalls;

/** The person's signed-in sessions on every instance; signing out the others. */
class SessionsSection extends VerticalLayout {

    final Grid<UserSession> grid = new Grid<>();
    final Button endOthers = new Button();

    SessionsSection(OwnAccountService own, Actor actor, Clock clock) {
        setPadding(false);
        UUID current = SignedInSessions.currentRow().orElse(null);
        grid.setId("sessions");
        grid.addColumn(s -> s.id().equals(current) ? getTranslation("session.this") : "")
                .setHeader("").setAutoWidth(true);
        grid.addColumn(s -> Moments.of(s.signedInAt(), getLocale(), clock.getZone(), ""))
                .setHeader(getTranslation("session.signed-in"));
        grid.addColumn(s -> Moments.of(s.lastSeenAt(), getLocale(), clock.getZone(), ""))
                .setHeader(getTranslation("session.last-seen"));
        grid.addColumn(UserSession::clientAddress).setHeader(getTranslation("session.address"));
        grid.addColumn(UserSession::userAgent).setHeader(getTranslation("session.agent")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        endOthers.setText(getTranslation("session.end-others"));
        endOthers.setId("sessions-end-others");
        endOthers.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endOthers.addClickListener(e -> Confirmation.of(getTranslation("session.end-others"),
                        getTranslation("session.end-others.consequence"), getTranslation("session.end-others"))
                .calling(r -> own.endOtherSessions(actor, current), n -> {
                    UiCalls.showSuccess(this, "session.ended", n);
                    refresh(own, actor);
                })
                .open());
        refresh(own, actor);
        add(new H3(getTranslation("session.title")), grid, endOthers);
    }

    private void refresh(OwnAccountService own, Actor actor) {
        grid.setItems(UiCalls.fetch(own.sessions(actor)).toList());
    }
}
