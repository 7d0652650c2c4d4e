package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.people.Invitation;
import org.exportalliance.portal.firm.people.InvitationDraft;
import org.exportalliance.portal.firm.people.InvitationService;
import org.exportalliance.portal.firm.people.InvitationStatus;
import org.exportalliance.portal.firm.people.IssuedInvitation;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Inviting people to a firm, and its invitations: pending ones can be sent again (with a new link) or revoked. When
 * no e-mail went out, the link is shown for the inviter to pass on.
 */
class InvitationsSection extends VerticalLayout {

    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final Button invite = new Button();
    final TextField link = new TextField();
    final Grid<Invitation> grid = new Grid<>();
    private final InvitationService invitations;
    private final Actor actor;
    private final UUID firmId;

    InvitationsSection(InvitationService invitations, Actor actor, UUID firmId, Set<Role> grantable, Clock clock) {
        this.invitations = invitations;
        this.actor = actor;
        this.firmId = firmId;
        setPadding(false);
        email.setLabel(getTranslation("invitation.email"));
        email.setId("invite-email");
        email.setMaxLength(254);
        roles.setLabel(getTranslation("firm.person.roles"));
        roles.setItems(grantable.stream().sorted().toList());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(Set.of(Role.MEMBER));
        roles.setId("invite-roles");
        language.setLabel(getTranslation("invitation.language"));
        language.setItems("zh-CN", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(getLocale().getLanguage().equals("en") ? "en" : "zh-CN");
        language.setId("invite-language");
        invite.setText(getTranslation("invitation.send"));
        invite.setId("invite-send");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.setLabel(getTranslation("invitation.link"));
        link.setHelperText(getTranslation("invitation.link.pass-on"));
        link.setId("invite-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        FieldErrors errors = new FieldErrors(this);
        errors.put("email", email);
        errors.put("roles", roles);
        invite.addClickListener(e -> {
            invite.setEnabled(false);
            UiCalls.run(this, invitations.invite(actor, firmId, new InvitationDraft(email.getValue(),
                    new ArrayList<>(roles.getValue()), language.getValue())), issued -> {
                invite.setEnabled(true);
                errors.show(List.of());
                email.clear();
                issued(issued);
            }, UiCalls.intoForm(this, problems -> {
                invite.setEnabled(true);
                errors.show(problems);
            }));
        });
        grid.setId("invitations");
        Columns.text(grid, Invitation::email).setHeader(getTranslation("invitation.email"));
        grid.addColumn(i -> i.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("firm.person.roles"));
        grid.addColumn(i -> getTranslation("invitation.status." + i.status(clock.instant()).name()))
                .setHeader(getTranslation("invitation.status")).setKey("status");
        grid.addColumn(i -> Moments.of(i.expiresAt(), getLocale(), clock.getZone(), ""))
                .setHeader(getTranslation("invitation.expires"));
        Columns.actions(grid, i -> actions(i, clock));
        grid.setAllRowsVisible(true);
        refresh();
        HorizontalLayout form = new HorizontalLayout(email, roles, language, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form, link, grid);
    }

    private HorizontalLayout actions(Invitation invitation, Clock clock) {
        HorizontalLayout line = new HorizontalLayout();
        InvitationStatus status = invitation.status(clock.instant());
        if (status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED) {
            Button resend = new Button(getTranslation("invitation.resend"), e -> UiCalls.run(this,
                    invitations.resend(actor, invitation.id()), this::issued,
                    refused -> UiCalls.showRefusal(this, refused)));
            resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button revoke = new Button(getTranslation("invitation.revoke"), e -> Confirmation.of(
                            getTranslation("invitation.revoke.title", invitation.email()),
                            getTranslation("invitation.revoke.consequence"), getTranslation("invitation.revoke"))
                    .calling(r -> invitations.revoke(actor, invitation.id()), done -> refresh())
                    .open());
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            line.add(resend, revoke);
        }
        return line;
    }

    private void issued(IssuedInvitation issued) {
        if (issued.mailed()) {
            link.setVisible(false);
            UiCalls.showSuccess(this, "invitation.sent", issued.invitation().email());
        } else {
            link.setValue(issued.link());
            link.setVisible(true);
            UiCalls.showSuccess(this, "invitation.created", issued.invitation().email());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(UiCalls.fetch(invitations.ofFirm(actor, firmId)).toList());
    }
}
