package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.exportalliance.portal.firm.people.OwnAccountService;
import org.exportalliance.portal.firm.people.Passwords;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.PortalUser;
import org.exportalliance.portal.shell.SignInProgress;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.SignedInSessions;
import org.exportalliance.portal.shell.UiCalls;

/** The step of a sign-in whose password must be replaced first (the bootstrapped staff account on its first day). */
@Route(value = "sign-in/new-password", autoLayout = false)
@PermitAll
public class NewPasswordView extends VerticalLayout implements HasDynamicTitle {

    final Button save = new Button();

    NewPasswordView(SignedIn signedIn, OwnAccountService own, Passwords passwords, SignInProgress progress) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        PortalUser user = signedIn.user().orElseThrow();
        NewPasswordFields fields = new NewPasswordFields(passwords,
                () -> List.of(user.account().username(), user.account().displayName()));
        FieldErrors errors = new FieldErrors(this);
        errors.put("password", fields.password);
        save.setText(getTranslation("account.password.save"));
        save.setId("new-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!fields.matching()) {
                return;
            }
            // Waited for here, on the click's own request: moving the sign-in on changes the session id, which
            // needs the request (SignInProgress).
            try {
                UiCalls.fetchOne(own.replaceRequiredPassword(user.actor(), fields.password.getValue(),
                        SignedInSessions.currentRow().orElse(null)).thenReturn(true));
                progress.stepDone(user, false);
            } catch (InvalidInput refused) {
                errors.show(refused.problems());
            } catch (Refusal refused) {
                errors.show(List.of());
                UiCalls.showRefusal(this, refused);
            }
        });
        add(new H1(getTranslation("signin.new-password.title")),
                new Paragraph(getTranslation("signin.new-password.description")), fields, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.new-password.title");
    }
}
