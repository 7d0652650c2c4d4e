package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.exportalliance.portal.account.mfa.SecondFactors;
import org.exportalliance.portal.shell.PortalUser;
import org.exportalliance.portal.shell.SignInProgress;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The second step of a sign-in with a second factor: a code from the authenticator app, or a recovery code. After
 * {@link #MAX_WRONG} wrong codes the session ends, so that guessing codes costs a password sign-in (which locks)
 * every few tries.
 */
@Route(value = "sign-in/code", autoLayout = false)
@PermitAll
public class SecondFactorCodeView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_WRONG = 5;
    private static final String WRONG = SecondFactorCodeView.class.getName() + ".wrong";

    final TextField code = new TextField();
    final Button verify = new Button();

    SecondFactorCodeView(SignedIn signedIn, SecondFactors factors, SignInProgress progress) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        PortalUser user = signedIn.user().orElseThrow();
        code.setLabel(getTranslation("signin.code.label"));
        code.setHelperText(getTranslation("signin.code.help"));
        code.setId("second-factor-code");
        code.setMaxLength(40);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        verify.setText(getTranslation("signin.code.verify"));
        verify.setId("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        verify.addClickListener(e -> {
            boolean ok = Boolean.TRUE.equals(UiCalls.fetchOne(factors.verify(user.account().id(), code.getValue()))
                    .orElse(false));
            if (ok) {
                progress.stepDone(user, true);
                return;
            }
            VaadinSession session = VaadinSession.getCurrent();
            int wrong = (session.getAttribute(WRONG) instanceof Integer n ? n : 0) + 1;
            session.setAttribute(WRONG, wrong);
            if (wrong >= MAX_WRONG) {
                signedIn.logout();
                return;
            }
            code.setErrorMessage(getTranslation("account.mfa.code-wrong"));
            code.setInvalid(true);
        });
        add(new H1(getTranslation("signin.code.title")), new Paragraph(getTranslation("signin.code.description")),
                code, verify);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.code.title");
    }
}
