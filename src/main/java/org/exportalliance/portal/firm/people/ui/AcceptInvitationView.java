package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.people.Invitation;
import org.exportalliance.portal.firm.people.InvitationAcceptance;
import org.exportalliance.portal.firm.people.Joining;
import org.exportalliance.portal.firm.people.Passwords;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/** The page an invitation link opens: the invitee picks a username, their name, a password and a language. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationAcceptance invitations;
    private final FirmService firms;
    private final Passwords passwords;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final Button join = new Button();
    final Paragraph outcome = new Paragraph();

    AcceptInvitationView(InvitationAcceptance invitations, FirmService firms, Passwords passwords) {
        this.invitations = invitations;
        this.firms = firms;
        this.passwords = passwords;
        setAlignItems(FlexComponent.Alignment.CENTER);
        outcome.setId("invitation-outcome");
        add(new H1(getTranslation("invitation.accept.title")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        Optional<Invitation> open = open(token);
        if (open.isEmpty()) {
            outcome.setText(getTranslation("account.link.unusable"));
            add(outcome, new Anchor("login", getTranslation("reset.back-to-sign-in")));
            return;
        }
        Invitation invitation = open.get();
        String firmName = UiCalls.fetchOne(firms.find(invitation.firmId())).map(f -> f.name(getLocale())).orElse("");
        username.setLabel(getTranslation("invitation.accept.username"));
        username.setHelperText(getTranslation("account.username.rules"));
        username.setId("join-username");
        username.setMaxLength(40);
        displayName.setLabel(getTranslation("invitation.accept.display-name"));
        displayName.setId("join-display-name");
        displayName.setMaxLength(100);
        language.setLabel(getTranslation("invitation.accept.language"));
        language.setItems("zh-CN", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(invitation.locale());
        language.setId("join-language");
        NewPasswordFields fields = new NewPasswordFields(passwords,
                () -> List.of(username.getValue(), displayName.getValue(), invitation.email(), firmName));
        FieldErrors errors = new FieldErrors(this);
        errors.put("username", username);
        errors.put("displayName", displayName);
        errors.put("password", fields.password);
        join.setText(getTranslation("invitation.accept.join"));
        join.setId("join-submit");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> {
            if (!fields.matching()) {
                return;
            }
            join.setEnabled(false);
            Joining joining = new Joining(username.getValue(), displayName.getValue(), fields.password.getValue(),
                    language.getValue());
            UiCalls.run(this, invitations.accept(token, joining), user -> {
                removeAll();
                outcome.setText(getTranslation("invitation.accept.done", user.username()));
                add(new H1(getTranslation("invitation.accept.title")), outcome,
                        new Anchor("login", getTranslation("reset.back-to-sign-in")));
            }, UiCalls.intoForm(this, problems -> {
                join.setEnabled(true);
                errors.show(problems);
            }));
        });
        add(new Paragraph(getTranslation("invitation.accept.description", firmName, invitation.email())),
                username, displayName, language, fields, join);
    }

    private Optional<Invitation> open(String token) {
        try {
            return UiCalls.fetchOne(invitations.open(token));
        } catch (Refusal unusable) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.accept.title");
    }
}
