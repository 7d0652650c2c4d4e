package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Decision;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationRules;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * For staff: every application to the delegation, scored for SCORED delegations and decided with a reason. Each
 * decision asks first, naming what follows ({@link Confirmation}); on a DONE or cancelled delegation the buttons are
 * gone.
 */
class ApplicationsGrid extends Grid<DelegationApplication> {

    private final DelegationService delegations;
    private final AllocationService allocation;
    private final SignedIn signedIn;
    private final Map<UUID, Firm> firmsById;
    private final Runnable afterDecision;
    private @Nullable Delegation delegation;

    /** {@code afterDecision} reloads the page once a decision is made. */
    ApplicationsGrid(DelegationService delegations, AllocationService allocation, SignedIn signedIn,
            Map<UUID, Firm> firmsById, Runnable afterDecision) {
        this.delegations = delegations;
        this.allocation = allocation;
        this.signedIn = signedIn;
        this.firmsById = firmsById;
        this.afterDecision = afterDecision;
        Locale locale = getLocale();
        setId("application-grid");
        Columns.text(this, a -> firmName(a, locale).orElse(a.firmId().toString()))
                .setHeader(getTranslation("application.firm")).setFlexGrow(3).setKey("firm");
        addColumn(DelegationApplication::travellers).setHeader(getTranslation("application.travellers"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> Formats.area(a.areaM2(), locale))
                .setHeader(getTranslation("application.area")).setAutoWidth(true).setFlexGrow(0);
        Columns.badge(this, a -> DelegationLabels.badge(a.status(), this))
                .setHeader(getTranslation("application.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        Columns.text(this, a -> DelegationLabels.reason(a.decisionReason(), this))
                .setHeader(getTranslation("application.reason")).setFlexGrow(3);
        addComponentColumn(this::scoreField).setHeader(getTranslation("application.score"))
                .setAutoWidth(true).setFlexGrow(0).setKey("score");
        Columns.actions(this, this::decisionButtons);
        setAllRowsVisible(true);
    }

    void show(Delegation d, List<DelegationApplication> applications) {
        delegation = d;
        setItems(applications);
    }

    private Optional<String> firmName(DelegationApplication a, Locale locale) {
        return Optional.ofNullable(firmsById.get(a.firmId())).map(f -> f.name(locale));
    }

    /** Staff rate export potential for SCORED delegations while the application waits for the allocation run. */
    private Component scoreField(DelegationApplication a) {
        if (delegation == null || delegation.policy() != AllocationPolicy.SCORED
                || a.status() != ApplicationStatus.SUBMITTED) {
            return new Span();
        }
        IntegerField score = new IntegerField();
        score.setMin(0);
        score.setMax(10);
        score.setWidth("6em");
        score.addClassName("export-score");
        score.setValue(a.exportScore());
        score.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UiCalls.run(this, allocation.score(signedIn.actor(), a.id(), e.getValue()).thenReturn(true),
                        saved -> score.setInvalid(false), refusal -> {
                            score.setErrorMessage(getTranslation(refusal instanceof InvalidInput invalid
                                    ? invalid.problems().getFirst().messageKey() : refusal.messageKey()));
                            score.setInvalid(true);
                        });
            }
        });
        return score;
    }

    private HorizontalLayout decisionButtons(DelegationApplication a) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (delegation != null && delegation.ended()) {
            return buttons;
        }
        String firm = firmName(a, getLocale()).orElse("");
        for (Decision decision : Decision.values()) {
            if (!decision.allowedFrom(a.status())) {
                continue;
            }
            Button b = new Button(getTranslation("application.decision." + decision.name()),
                    e -> confirmDecision(a, decision, firm));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            if (decision == Decision.REJECT) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            b.addClassName("decide-" + decision.name());
            buttons.add(b);
        }
        return buttons;
    }

    /**
     * Every decision reaches the firm with staff's reason, and says first what it does to the firm's place and to
     * the waitlist (a waitlist decision sticks; a rejection is final).
     */
    private void confirmDecision(DelegationApplication a, Decision decision, String firm) {
        String label = getTranslation("application.decision." + decision.name());
        Confirmation.of(getTranslation("application.confirm.decision.title", label, firm),
                        getTranslation("application.confirm." + decision.name(), firm), label)
                .withReason(getTranslation("application.reason-for-firm"), DelegationRules.MAX_REASON,
                        reason -> DelegationRules.checkReason(reason, true))
                .calling(reason -> delegations.decide(signedIn.actor(), a.id(), decision, reason),
                        decided -> afterDecision.run())
                .open();
    }
}
