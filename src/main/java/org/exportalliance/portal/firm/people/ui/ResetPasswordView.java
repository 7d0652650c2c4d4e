package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.exportalliance.portal.firm.people.PasswordResets;
import org.exportalliance.portal.firm.people.Passwords;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/** The page a reset link opens: a new password, once; then every session and token of the person ends. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResets resets;
    private final Passwords passwords;
    final Button save = new Button();
    final Paragraph outcome = new Paragraph();

    ResetPasswordView(PasswordResets resets, Passwords passwords) {
        this.resets = resets;
        this.passwords = passwords;
        setAlignItems(FlexComponent.Alignment.CENTER);
        outcome.setId("reset-outcome");
        add(new H1(getTranslation("reset.title")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        boolean usable = UiCalls.fetchOne(resets.usable(token)).orElse(false);
        if (!usable) {
            outcome.setText(getTranslation("account.link.unusable"));
            add(outcome, new Anchor("forgot-password", getTranslation("reset.ask-again")));
            return;
        }
        NewPasswordFields fields = new NewPasswordFields(passwords, List::of);
        FieldErrors errors = new FieldErrors(this);
        errors.put("password", fields.password);
        save.setText(getTranslation("account.password.save"));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!fields.matching()) {
                return;
            }
            save.setEnabled(false);
            UiCalls.run(this, resets.complete(token, fields.password.getValue()).thenReturn(true), done -> {
                remove(fields, save);
                outcome.setText(getTranslation("reset.done"));
                add(outcome, new Anchor("login", getTranslation("reset.back-to-sign-in")));
            }, UiCalls.intoForm(this, problems -> {
                save.setEnabled(true);
                errors.show(problems);
            }));
        });
        add(fields, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
