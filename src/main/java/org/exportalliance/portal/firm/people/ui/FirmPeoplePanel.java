package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.people.InvitationService;
import org.exportalliance.portal.firm.people.PasswordResets;
import org.exportalliance.portal.firm.people.PeopleRules;
import org.exportalliance.portal.firm.people.PeopleService;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.UiCalls;

/**
 * A firm's people for those who manage them (its admins, staff): roles, deactivation and reactivation, and the
 * firm's invitations. Others see the people only.
 */
public class FirmPeoplePanel extends VerticalLayout {

    final Grid<UserAccount> grid = new Grid<>();
    private final PeopleService people;
    private final PasswordResets resets;
    private final Actor actor;
    private final UUID firmId;

    public FirmPeoplePanel(PeopleService people, InvitationService invitations, PasswordResets resets, Actor actor,
            UUID firmId, FirmKind kind, Clock clock) {
        this.people = people;
        this.resets = resets;
        this.actor = actor;
        this.firmId = firmId;
        setPadding(false);
        boolean manages = PeopleRules.mayManage(actor, firmId);
        Set<Role> grantable = PeopleRules.grantable(actor, kind);
        grid.setId("firm-people");
        Columns.text(grid, UserAccount::displayName).setHeader(getTranslation("firm.person.name"));
        grid.addColumn(UserAccount::username).setHeader(getTranslation("firm.person.username"));
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("firm.person.roles"));
        if (manages) {
            Columns.text(grid, u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("firm.person.email"))
                    .setKey("email");
            grid.addColumn(u -> getTranslation(u.enabled() ? "people.active" : "people.deactivated"))
                    .setHeader(getTranslation("people.status")).setKey("status");
            Columns.actions(grid, u -> actions(u, grantable));
        }
        grid.setAllRowsVisible(true);
        refresh();
        add(grid);
        if (manages) {
            add(new H3(getTranslation("invitation.title")), new InvitationsSection(invitations, actor, firmId,
                    grantable, clock));
        }
    }

    private HorizontalLayout actions(UserAccount person, Set<Role> grantable) {
        Button roles = new Button(getTranslation("people.roles"), e -> new RolesDialog(person, grantable,
                asked -> people.setRoles(actor, person.id(), java.util.List.copyOf(asked)), changed -> refresh())
                .open());
        roles.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button toggle;
        if (person.enabled()) {
            toggle = new Button(getTranslation("people.deactivate"), e -> Confirmation.of(
                            getTranslation("people.deactivate.title", person.displayName()),
                            getTranslation("people.deactivate.consequence"), getTranslation("people.deactivate"))
                    .calling(r -> people.deactivate(actor, person.id()), done -> refresh())
                    .open());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        } else {
            toggle = new Button(getTranslation("people.reactivate"), e -> UiCalls.run(this,
                    people.reactivate(actor, person.id()), done -> refresh(),
                    refused -> UiCalls.showRefusal(this, refused)));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        toggle.setEnabled(!person.id().equals(actor.userId()));
        HorizontalLayout line = new HorizontalLayout(roles, toggle);
        if (actor.isStaff() && !person.id().equals(actor.userId())) {
            // Where e-mail cannot reach the person, staff make the reset link and pass it on themselves.
            Button resetLink = new Button(getTranslation("people.reset-link"), e -> UiCalls.run(this,
                    resets.linkFor(actor, person.id()), link -> new ResetLinkDialog(person.displayName(), link).open(),
                    refused -> UiCalls.showRefusal(this, refused)));
            resetLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            line.add(resetLink);
        }
        if (actor.isStaff() && person.mfaEnrolled()) {
            // A lost phone: staff remove the factor; a person who must have one enrols again at their next sign-in.
            Button reset = new Button(getTranslation("people.reset-mfa"), e -> Confirmation.of(
                            getTranslation("people.reset-mfa.title", person.displayName()),
                            getTranslation("people.reset-mfa.consequence"), getTranslation("people.reset-mfa"))
                    .calling(r -> people.resetSecondFactor(actor, person.id()).thenReturn(true), done -> refresh())
                    .open());
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            line.add(reset);
        }
        line.setSpacing(false);
        return line;
    }

    /** The people shown, for the pages that embed the panel and their tests. */
    public Grid<UserAccount> grid() {
        return grid;
    }

    void refresh() {
        grid.setItems(UiCalls.fetch(people.people(actor, firmId)).toList());
    }
}
