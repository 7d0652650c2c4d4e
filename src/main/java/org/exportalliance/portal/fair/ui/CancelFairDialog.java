package org.exportalliance.portal.fair.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairRules;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Staff cancel a fair with a reason members will read: the dialog says that this cannot be undone, acts only on its
 * red button, and keeps the typed reason when the service refuses. Cancelling is irreversible and the fair keeps the
 * reason, so this is the fair's own form of the shared {@code Confirmation}.
 */
class CancelFairDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    CancelFairDialog(FairService service, SignedIn signedIn, Fair fair) {
        setId("cancel-fair-dialog");
        setHeaderTitle(getTranslation("fair.dialog.cancel") + ": " + fair.name(getLocale()));
        reason.setLabel(getTranslation("fair.cancel-reason"));
        reason.setHelperText(getTranslation("fair.dialog.cancel-hint"));
        reason.setMaxLength(FairRules.MAX_REASON);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setId("cancel-reason");
        Paragraph consequence = new Paragraph(getTranslation("fair.dialog.cancel-consequence", fair.name(getLocale())));
        consequence.setId("cancel-consequence");
        add(new Paragraph(FairLabels.dates(fair, getLocale())), consequence, reason);

        confirm.setText(getTranslation("fair.dialog.cancel-confirm"));
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            var problems = FairRules.checkCancelReason(reason.getValue());
            if (!problems.isEmpty()) {
                reason.setErrorMessage(getTranslation(problems.getFirst().messageKey()));
                reason.setInvalid(true);
                return;
            }
            confirm.setEnabled(false);
            UiCalls.run(this, service.cancel(signedIn.actor(), fair.id(), fair.version(), reason.getValue()),
                    cancelled -> {
                        UiCalls.showSuccess(this, "fair.cancelled", cancelled.name(getLocale()));
                        close();
                    },
                    refusal -> {
                        confirm.setEnabled(true);
                        if (refusal instanceof InvalidInput) {
                            reason.setInvalid(true);
                        } else {
                            UiCalls.showRefusal(this, refusal);
                        }
                    });
        });
        // Esc, a click outside and "go back" ask before dropping a reason already typed.
        DiscardGuard guard = DiscardGuard.protect(this);
        Button keep = new Button(getTranslation("shell.confirm.keep"), e -> guard.requestClose());
        keep.setId("cancel-keep");
        getFooter().add(keep, confirm);
    }
}
