package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Supplier;
import org.exportalliance.portal.account.password.PasswordVerdict;
import org.exportalliance.portal.firm.people.Passwords;

/**
 * A new password typed twice, with a strength hint while typing (zxcvbn's score, and the first reason it would be
 * refused). The service checks again on saving; the hint only helps.
 */
class NewPasswordFields extends VerticalLayout {

    static final int MAX_LENGTH = 256;

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Span strength = new Span();

    NewPasswordFields(Passwords passwords, Supplier<List<String>> facts) {
        setPadding(false);
        setSpacing(false);
        password.setLabel(getTranslation("account.password.new"));
        password.setId("new-password");
        password.setMaxLength(MAX_LENGTH);
        password.setHelperText(getTranslation("account.password.rules"));
        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.setWidth("min(28rem, 100%)");
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setId("repeat-password");
        repeat.setMaxLength(MAX_LENGTH);
        repeat.setWidth("min(28rem, 100%)");
        strength.setId("password-strength");
        strength.addClassName("portal-password-strength");
        password.addValueChangeListener(e -> {
            if (e.getValue().isEmpty()) {
                strength.setText("");
                return;
            }
            PasswordVerdict verdict = passwords.hint(e.getValue(), facts.get());
            String text = getTranslation("password.strength." + verdict.score());
            if (verdict.problem() != null) {
                text += " · " + getTranslation(verdict.problem().messageKey());
            }
            strength.setText(text);
        });
        add(password, strength, repeat);
    }

    /** Marks the repeat field when the two differ; true when they match. */
    boolean matching() {
        boolean same = password.getValue().equals(repeat.getValue());
        repeat.setErrorMessage(same ? null : getTranslation("account.password.mismatch"));
        repeat.setInvalid(!same);
        return same;
    }
}
