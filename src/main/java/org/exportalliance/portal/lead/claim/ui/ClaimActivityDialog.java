package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimRules;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The owner firm notes contact with the buyer; the service renews the claim's window for it. Esc or a click outside
 * ask before dropping a typed note.
 */
class ClaimActivityDialog extends Dialog {

    static final int MAX_NOTE = ClaimRules.MAX_NOTE;

    final TextArea note = new TextArea();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    ClaimActivityDialog(Claim claim, ClaimService claims, Actor actor, Consumer<Claim> onDone) {
        setId("claim-activity-dialog");
        setHeaderTitle(getTranslation("claims.activity.title", claim.companyName()));
        note.setId("claim-activity-note");
        note.setLabel(getTranslation("claims.activity.note"));
        note.setHelperText(getTranslation("claims.activity.help"));
        note.setMaxLength(MAX_NOTE);
        note.setRequiredIndicatorVisible(true);
        note.setWidth("min(32rem, 80vw)");
        fields.put("note", note);
        add(note);
        save.setText(getTranslation("claims.activity.save"));
        save.setId("claim-activity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            save.setEnabled(false);
            UiCalls.run(this, claims.logActivity(actor, claim.id(), note.getValue()), updated -> {
                close();
                onDone.accept(updated);
            }, UiCalls.intoForm(this, this::show));
        });
        DiscardGuard guard = DiscardGuard.protect(this);
        getFooter().add(new Button(getTranslation("claims.close"), e -> guard.requestClose()), save);
    }

    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
