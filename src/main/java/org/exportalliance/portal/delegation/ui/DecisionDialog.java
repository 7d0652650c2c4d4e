package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.exportalliance.portal.delegation.Decision;
import org.exportalliance.portal.delegation.DelegationRules;

/** Staff give every decision a reason; the firm reads it. */
class DecisionDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    DecisionDialog(Decision decision, String firmName, Consumer<String> onConfirm) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation("application.decision." + decision.name()) + ": " + firmName);
        reason.setLabel(getTranslation("application.reason"));
        reason.setId("decision-reason");
        reason.setMaxLength(DelegationRules.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("min(32rem, 80vw)");
        add(reason);
        confirm.setText(getTranslation("application.decision." + decision.name()));
        confirm.setId("decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            var problems = DelegationRules.checkReason(reason.getValue(), true);
            if (!problems.isEmpty()) {
                reason.setErrorMessage(getTranslation(problems.getFirst().messageKey()));
                reason.setInvalid(true);
                return;
            }
            onConfirm.accept(reason.getValue());
            close();
        });
        getFooter().add(new Button(getTranslation("fair.close"), e -> close()), confirm);
    }
}
