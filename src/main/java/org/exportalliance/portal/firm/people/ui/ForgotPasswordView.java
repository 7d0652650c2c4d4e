package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.exportalliance.portal.firm.people.PasswordResets;

/**
 * A forgotten password: a username or e-mail address in, the same answer out, at once, whether it is an account or
 * not ({@link PasswordResets#request}).
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final TextField who = new TextField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    ForgotPasswordView(PasswordResets resets) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        who.setLabel(getTranslation("reset.request.who"));
        who.setId("reset-who");
        who.setMaxLength(254);
        who.setWidth("min(28rem, 100%)");
        send.setText(getTranslation("reset.request.send"));
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.setId("reset-answer");
        answer.setVisible(false);
        send.addClickListener(e -> {
            if (who.getValue().isBlank()) {
                who.setErrorMessage(getTranslation("validation.required"));
                who.setInvalid(true);
                return;
            }
            resets.request(who.getValue());
            who.setInvalid(false);
            who.setEnabled(false);
            send.setEnabled(false);
            answer.setText(getTranslation("reset.request.answer"));
            answer.setVisible(true);
        });
        add(new H1(getTranslation("reset.request.title")), new Paragraph(getTranslation("reset.request.description")),
                who, send, answer, new Anchor("login", getTranslation("reset.back-to-sign-in")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.request.title");
    }
}
