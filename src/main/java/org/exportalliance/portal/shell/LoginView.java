package org.exportalliance.portal.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in, in the language chosen on this page (Chinese unless the browser remembers English). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Values of the {@code error} parameter that say why a sign-in failed, other than a wrong password. */
    static final String LOCKED = "locked";
    static final String LIMITED = "limited";
    static final String BUSY = "busy";

    private final LoginForm form = new LoginForm();

    LoginView(LocaleChoice locales) {
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setI18n(i18n());
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setId("login-form");

        LanguageSwitch language = new LanguageSwitch(locales);
        add(language, new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.description")), form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    /**
     * After a failed sign-in ({@code ?error}, set by {@link UiSecurityConfiguration#failureHandler()}) the form says
     * why: a wrong name or password, a name locked for a few minutes, an address with too many failures, or a
     * service too busy to check (which must never read as a wrong password).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var error = parameters.get("error");
        if (error == null) {
            // Sent here by SignedInSessions when the session was ended elsewhere: say so, once.
            boolean signedOut = parameters.containsKey("signed-out");
            if (signedOut) {
                LoginI18n i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.signed-out.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.signed-out.message"));
                form.setI18n(i18n);
            }
            form.setError(signedOut);
            return;
        }
        String reason = error.stream().filter(v -> !v.isEmpty()).findFirst().orElse("");
        String key = switch (reason) {
            case LOCKED, LIMITED, BUSY -> "login." + reason;
            default -> "login.error";
        };
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(key + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(key + ".message"));
        form.setI18n(i18n);
        form.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
