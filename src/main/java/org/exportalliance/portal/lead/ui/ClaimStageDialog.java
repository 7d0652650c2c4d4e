package org.exportalliance.portal.lead.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The owner firm moves its claim along the pipeline. Only the stages after the current one are offered; LOST asks
 * for a reason, which the service requires.
 */
class ClaimStageDialog extends Dialog {

    static final int MAX_REASON = 500;

    final ComboBox<ClaimStage> stage = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    ClaimStageDialog(Claim claim, ClaimService claims, Actor actor, Consumer<Claim> onDone) {
        setId("claim-stage-dialog");
        setHeaderTitle(getTranslation("claims.advance.title", claim.companyName()));
        stage.setId("claim-stage");
        stage.setLabel(getTranslation("claims.stage"));
        stage.setItems(List.copyOf(claim.stage().next()));
        stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        stage.setRequiredIndicatorVisible(true);
        claim.stage().next().stream().findFirst().ifPresent(stage::setValue);
        fields.put("stage", stage);
        reason.setId("claim-stage-reason");
        reason.setLabel(getTranslation("claims.advance.lost-reason"));
        reason.setMaxLength(MAX_REASON);
        reason.setWidth("min(32rem, 80vw)");
        fields.put("reason", reason);
        reason.setVisible(stage.getValue() == ClaimStage.LOST);
        stage.addValueChangeListener(e -> reason.setVisible(e.getValue() == ClaimStage.LOST));
        FormLayout form = new FormLayout(stage, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        confirm.setText(getTranslation("claims.advance.confirm"));
        confirm.setId("claim-stage-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            ClaimStage to = stage.getValue();
            if (to == null) {
                fields.show(List.of(new FieldProblem("stage", "validation.required")));
                return;
            }
            confirm.setEnabled(false);
            UiCalls.run(this, claims.advance(actor, claim.id(), to, to == ClaimStage.LOST ? reason.getValue() : null),
                    updated -> {
                        close();
                        onDone.accept(updated);
                    }, UiCalls.intoForm(this, this::show));
        });
        getFooter().add(new Button(getTranslation("claims.close"), e -> close()), confirm);
    }

    /** Marks what the service refused and lets the user try again. */
    void show(List<FieldProblem> problems) {
        confirm.setEnabled(true);
        fields.show(problems);
    }
}
