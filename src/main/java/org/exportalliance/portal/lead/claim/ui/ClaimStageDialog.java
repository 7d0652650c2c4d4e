package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimRules;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * The owner firm moves its claim along the pipeline. Only the stages after the current one are offered. LOST ends the
 * claim for good, so it asks first in the shared confirmation, which takes the reason the claim keeps (the service
 * requires one). Esc or a click outside ask before dropping a changed choice.
 */
class ClaimStageDialog extends Dialog {

    final ComboBox<ClaimStage> stage = new ComboBox<>();
    final Button confirm = new Button();
    private final FieldErrors fields = new FieldErrors(this);
    private final Claim claim;
    private final ClaimService claims;
    private final Actor actor;
    private final Consumer<Claim> onDone;

    ClaimStageDialog(Claim claim, ClaimService claims, Actor actor, Consumer<Claim> onDone) {
        this.claim = claim;
        this.claims = claims;
        this.actor = actor;
        this.onDone = onDone;
        setId("claim-stage-dialog");
        setHeaderTitle(getTranslation("claims.advance.title", claim.companyName()));
        stage.setId("claim-stage");
        stage.setLabel(getTranslation("claims.stage"));
        stage.setItems(List.copyOf(claim.stage().next()));
        stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        stage.setRequiredIndicatorVisible(true);
        claim.stage().next().stream().findFirst().ifPresent(stage::setValue);
        fields.put("stage", stage);
        FormLayout form = new FormLayout(stage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("min(32rem, 80vw)");
        add(form);
        confirm.setText(getTranslation("claims.advance.confirm"));
        confirm.setId("claim-stage-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            ClaimStage to = stage.getValue();
            if (to == null) {
                fields.show(List.of(new FieldProblem("stage", "validation.required")));
            } else if (to == ClaimStage.LOST) {
                confirmLost();
            } else {
                advance(to, null);
            }
        });
        DiscardGuard guard = DiscardGuard.protect(this);
        getFooter().add(new Button(getTranslation("claims.close"), e -> guard.requestClose()), confirm);
    }

    private void confirmLost() {
        Confirmation.of(getTranslation("claims.lost.title", claim.companyName()),
                        getTranslation("claims.lost.text"), getTranslation("claims.lost.confirm"))
                .withReason(getTranslation("claims.advance.lost-reason"), ClaimRules.MAX_REASON,
                        reason -> ClaimRules.checkStage(ClaimStage.LOST, reason.isBlank() ? null : reason.strip()))
                .onConfirm(reason -> advance(ClaimStage.LOST, reason))
                .open();
    }

    private void advance(ClaimStage to, @Nullable String reason) {
        confirm.setEnabled(false);
        UiCalls.run(this, claims.advance(actor, claim.id(), to, reason), updated -> {
            close();
            onDone.accept(updated);
        }, UiCalls.intoForm(this, this::show));
    }

    /** Marks what the service refused and lets the user try again. */
    void show(List<FieldProblem> problems) {
        confirm.setEnabled(true);
        fields.show(problems);
    }
}
