package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.people.OwnAccountService;
import org.exportalliance.portal.firm.people.Passwords;
import org.exportalliance.portal.firm.people.ProfileDraft;
import org.exportalliance.portal.notification.outbox.ChannelSettings;
import org.exportalliance.portal.notification.outbox.ChannelSettings.Owner;
import org.exportalliance.portal.notification.outbox.ui.ChannelsSection;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.SignedInSessions;
import org.exportalliance.portal.shell.UiCalls;

/** 我的账户: the signed-in person's profile, password, second factor, API tokens, sessions and notice channels. */
@Route("my-account")
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    final Button saveProfile = new Button();
    final PasswordField current = new PasswordField();
    final Button savePassword = new Button();

    MyAccountView(SignedIn signedIn, OwnAccountService own, Passwords passwords, ChannelSettings channels,
            Clock clock) {
        setId("my-account");
        Actor actor = signedIn.actor();
        UserAccount account = UiCalls.fetchOne(own.profile(actor)).orElseThrow();
        add(new H2(getTranslation("nav.my-account")));
        add(profile(own, actor, account), password(own, actor, account, passwords),
                new SecondFactorSection(own, actor, account), new TokensSection(own, actor, clock),
                new SessionsSection(own, actor, clock), new ChannelsSection(channels, actor, Owner.PERSON));
    }

    private VerticalLayout profile(OwnAccountService own, Actor actor, UserAccount account) {
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setId("profile-display-name");
        displayName.setMaxLength(100);
        displayName.setValue(account.displayName());
        email.setLabel(getTranslation("account.email"));
        email.setId("profile-email");
        email.setMaxLength(254);
        email.setValue(account.email() == null ? "" : account.email());
        language.setLabel(getTranslation("account.language"));
        language.setItems("zh-CN", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(account.locale());
        language.setId("profile-language");
        saveProfile.setText(getTranslation("account.profile.save"));
        saveProfile.setId("profile-save");
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FieldErrors errors = new FieldErrors(this);
        errors.put("displayName", displayName);
        errors.put("email", email);
        saveProfile.addClickListener(e -> UiCalls.run(this, own.updateProfile(actor,
                new ProfileDraft(displayName.getValue(), email.getValue(), language.getValue())), saved -> {
            errors.show(List.of());
            UiCalls.showSuccess(this, "account.profile.saved");
        }, UiCalls.intoForm(this, errors::show)));
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("account.profile")), displayName, email,
                language, saveProfile);
        part.setPadding(false);
        return part;
    }

    private VerticalLayout password(OwnAccountService own, Actor actor, UserAccount account, Passwords passwords) {
        current.setLabel(getTranslation("account.password.current"));
        current.setId("current-password");
        current.setMaxLength(NewPasswordFields.MAX_LENGTH);
        NewPasswordFields fields = new NewPasswordFields(passwords,
                () -> List.of(account.username(), displayName.getValue(), email.getValue()));
        FieldErrors errors = new FieldErrors(this);
        errors.put("currentPassword", current);
        errors.put("password", fields.password);
        savePassword.setText(getTranslation("account.password.save"));
        savePassword.setId("password-save");
        savePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePassword.addClickListener(e -> {
            if (!fields.matching()) {
                return;
            }
            savePassword.setEnabled(false);
            UiCalls.run(this, own.changePassword(actor, current.getValue(), fields.password.getValue(),
                    SignedInSessions.currentRow().orElse(null)).thenReturn(true), done -> {
                savePassword.setEnabled(true);
                errors.show(List.of());
                current.clear();
                fields.password.clear();
                fields.repeat.clear();
                UiCalls.showSuccess(this, "account.password.changed");
            }, UiCalls.intoForm(this, problems -> {
                savePassword.setEnabled(true);
                errors.show(problems);
            }));
        });
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("account.password")), current, fields,
                savePassword);
        part.setPadding(false);
        return part;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-account") + " · " + getTranslation("app.title");
    }
}
