package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.mfa.SecondFactors;
import org.exportalliance.portal.firm.people.OwnAccountService;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The second factor in My account: set it up, replace the recovery codes, or turn it off (not for staff and firm
 * admins, who must keep one). Replacing and turning off take a current code.
 */
class SecondFactorSection extends VerticalLayout {

    final Paragraph status = new Paragraph();
    final TextField code = new TextField();
    final Button newCodes = new Button();
    final Button remove = new Button();
    final UnorderedList shown = new UnorderedList();

    SecondFactorSection(OwnAccountService own, Actor actor, UserAccount account) {
        setPadding(false);
        status.setId("mfa-status");
        add(new H3(getTranslation("mfa.title")), status);
        if (!account.mfaEnrolled()) {
            status.setText(getTranslation(SecondFactors.required(account) ? "mfa.status.required" : "mfa.status.off"));
            add(new SecondFactorSetup(own, actor, codes -> status.setText(getTranslation("mfa.status.on"))));
            return;
        }
        long left = UiCalls.fetchOne(own.recoveryCodesLeft(actor)).orElse(0L);
        status.setText(getTranslation("mfa.status.on") + " · " + getTranslation("mfa.codes-left", left));
        code.setLabel(getTranslation("signin.code.label"));
        code.setId("mfa-current-code");
        code.setMaxLength(40);
        FieldErrors errors = new FieldErrors(this);
        errors.put("code", code);
        newCodes.setText(getTranslation("mfa.new-codes"));
        newCodes.setId("mfa-new-codes");
        newCodes.addClickListener(e -> UiCalls.run(this, own.newRecoveryCodes(actor, code.getValue()), codes -> {
            errors.show(List.of());
            code.clear();
            shown.removeAll();
            shown.setId("mfa-recovery-codes");
            codes.forEach(c -> shown.add(new ListItem(c)));
        }, UiCalls.intoForm(this, errors::show)));
        remove.setText(getTranslation("mfa.remove"));
        remove.setId("mfa-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(!SecondFactors.required(account));
        // The typed code is checked by the service after asking: a wrong one marks the code field, as before.
        remove.addClickListener(e -> Confirmation.of(getTranslation("mfa.remove.title"),
                        getTranslation("mfa.remove.text"), getTranslation("mfa.remove"))
                .onConfirm(none -> UiCalls.run(this, own.removeSecondFactor(actor, code.getValue())
                        .thenReturn(true), done -> {
                    UiCalls.showSuccess(this, "mfa.removed");
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }, UiCalls.intoForm(this, errors::show)))
                .open());
        HorizontalLayout line = new HorizontalLayout(code, newCodes, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(line, shown);
    }
}
