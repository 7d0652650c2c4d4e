package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimDecision;
import org.exportalliance.portal.lead.claim.ClaimDecisions;
import org.exportalliance.portal.lead.claim.ClaimRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/**
 * Staff's decision on a claim: approve, transfer to another firm or extend to a date, always with a reason the firms
 * read in their notification; the dialog says what the decision will do. (Rejecting asks in the shared confirmation
 * instead, see {@code ClaimsView}.) The service checks everything; its refusal marks the fields here. Esc or a click
 * outside ask before dropping what was typed.
 */
class ClaimDecisionDialog extends Dialog {

    static final int MAX_REASON = ClaimRules.MAX_REASON;

    final TextArea reason = new TextArea();
    final ComboBox<Firm> toFirm = new ComboBox<>();
    final DatePicker until = DatePickerLanguage.datePicker();
    final Button confirm = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    ClaimDecisionDialog(ClaimDecision decision, Claim claim, ClaimDecisions decisions, Actor actor,
            Collection<Firm> firms, ZoneId zone, Consumer<Claim> onDone) {
        setId("claim-decision-dialog");
        Locale locale = getLocale();
        setHeaderTitle(getTranslation("claims.decision." + decision.name()) + ": " + claim.companyName());
        Paragraph consequence = new Paragraph(getTranslation("claims.decision.consequence." + decision.name()));
        consequence.setId("claim-decision-consequence");
        consequence.setWidth("min(32rem, 80vw)");
        add(consequence);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (decision == ClaimDecision.TRANSFER) {
            toFirm.setId("claim-decision-firm");
            toFirm.setLabel(getTranslation("claims.decision.to-firm"));
            toFirm.setItems(firms.stream().filter(f -> f.kind() != FirmKind.ASSOCIATION)
                    .filter(f -> !f.id().equals(claim.firmId()))
                    .sorted(java.util.Comparator.comparing(f -> f.name(locale))).toList());
            toFirm.setItemLabelGenerator(f -> f.name(locale));
            toFirm.setRequiredIndicatorVisible(true);
            form.add(toFirm);
        }
        if (decision == ClaimDecision.EXTEND) {
            until.setId("claim-decision-until");
            until.setLabel(getTranslation("claims.decision.until"));
            until.setLocale(locale);
            LocalDate today = LocalDate.now(zone);
            until.setMin(today.plusDays(1));
            until.setValue(ClaimLabels.lastDay(claim.validUntil(), zone).isAfter(today)
                    ? ClaimLabels.lastDay(claim.validUntil(), zone) : today.plusDays(1));
            until.setRequiredIndicatorVisible(true);
            form.add(until);
        }
        fields.put("toFirm", toFirm);
        fields.put("until", until);
        reason.setId("claim-decision-reason");
        reason.setLabel(getTranslation("claims.decision.reason"));
        reason.setMaxLength(MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("min(32rem, 80vw)");
        fields.put("reason", reason);
        form.add(reason);
        add(form);
        confirm.setText(getTranslation("claims.decision." + decision.name()));
        confirm.setId("claim-decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (decision == ClaimDecision.REJECT) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                fields.show(List.of(new FieldProblem("reason", "validation.required")));
                return;
            }
            confirm.setEnabled(false);
            UiCalls.run(this, call(decision, claim, decisions, actor), decided -> {
                close();
                onDone.accept(decided);
            }, UiCalls.intoForm(this, this::show));
        });
        DiscardGuard guard = DiscardGuard.protect(this);
        getFooter().add(new Button(getTranslation("claims.close"), e -> guard.requestClose()), confirm);
    }

    private Mono<Claim> call(ClaimDecision decision, Claim claim, ClaimDecisions decisions, Actor actor) {
        String why = reason.getValue();
        return switch (decision) {
            case APPROVE -> decisions.approve(actor, claim.id(), why);
            case REJECT -> decisions.reject(actor, claim.id(), why);
            case TRANSFER -> decisions.transfer(actor, claim.id(), toFirm.getValue() == null ? null
                    : toFirm.getValue().id(), why);
            case EXTEND -> decisions.extend(actor, claim.id(), until.getValue(), why);
        };
    }

    void show(List<FieldProblem> problems) {
        confirm.setEnabled(true);
        fields.show(problems);
    }
}
