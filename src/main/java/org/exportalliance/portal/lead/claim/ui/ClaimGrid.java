package org.exportalliance.portal.lead.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimDecision;
import org.exportalliance.portal.lead.claim.ClaimDecisions;
import org.exportalliance.portal.lead.claim.ClaimRules;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.lead.claim.ClaimStatus;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The claims a user may see, fetched page by page, with the buttons that work each one on its row: the holding firm
 * moves it on, logs activity and releases it; staff approve, reject, transfer and extend. A click on a row opens the
 * claim's history. What ends a claim for good (release, reject) asks first, with the reason the claim keeps.
 */
class ClaimGrid extends Grid<Claim> {

    private final ClaimService claims;
    private final ClaimDecisions decisions;
    private final AccountService accounts;
    private final FirmService firms;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, MachineCategory> taxonomy;
    private final Runnable onChange;
    private Map<UUID, Firm> firmsById = Map.of();

    /** {@code heldOnly} narrows the list to claims that still hold; {@code onChange} runs after a claim changed. */
    ClaimGrid(ClaimService claims, ClaimDecisions decisions, AccountService accounts, FirmService firms, Actor actor,
            Clock clock, Map<String, MachineCategory> taxonomy, BooleanSupplier heldOnly, Runnable onChange) {
        this.claims = claims;
        this.decisions = decisions;
        this.accounts = accounts;
        this.firms = firms;
        this.actor = actor;
        this.clock = clock;
        this.zone = clock.getZone();
        this.taxonomy = taxonomy;
        this.onChange = onChange;
        if (actor.isStaff()) {
            firmsById = UiCalls.fetchOne(firms.byId()).orElse(Map.of());
        }
        Locale locale = getLocale();
        setId("claim-grid");
        if (actor.isStaff()) {
            Columns.text(this, c -> firmName(c.firmId())).setHeader(getTranslation("claims.firm")).setFlexGrow(2)
                    .setKey("firm");
        }
        Columns.text(this, Claim::companyName).setHeader(getTranslation("claims.buyer")).setFlexGrow(3).setKey("buyer")
                .setTooltipGenerator(Claim::companyName);
        addColumn(c -> PortalLocales.countryName(c.country(), locale)).setHeader(getTranslation("claims.country"))
                .setFlexGrow(1).setKey("country");
        addColumn(c -> ClaimLabels.categories(c.categories(), taxonomy, locale))
                .setHeader(getTranslation("claims.categories")).setFlexGrow(2).setKey("categories");
        Columns.badge(this, c -> ClaimLabels.status(c.status(), this)).setHeader(getTranslation("claims.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status");
        Columns.badge(this, c -> ClaimLabels.stage(c.stage(), this)).setHeader(getTranslation("claims.stage"))
                .setAutoWidth(true).setFlexGrow(0).setKey("stage");
        addComponentColumn(c -> ClaimLabels.validity(c, now(), this, locale, zone))
                .setHeader(getTranslation("claims.valid-until")).setAutoWidth(true).setFlexGrow(0).setKey("until");
        Columns.actions(this, this::actions);
        // A claim's record is its history: its stages, decisions and reasons, in order.
        RecordClick.opens(this, c -> new ClaimHistoryDialog(c, claims, accounts, actor, zone).open());
        setItems(query -> UiCalls.fetch(claims.list(actor, heldOnly.getAsBoolean(), query.getOffset(),
                query.getLimit())));
        setEmptyStateText(getTranslation("claims.empty"));
    }

    private HorizontalLayout actions(Claim claim) {
        OffsetDateTime now = now();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (claim.firmId().equals(actor.firmId())) {
            boolean holds = claim.holds(now);
            actions.add(action("claim-advance", VaadinIcon.ARROW_FORWARD, "claims.advance",
                    holds && !claim.stage().next().isEmpty(),
                    () -> new ClaimStageDialog(claim, claims, actor, this::advanced).open()));
            actions.add(action("claim-activity", VaadinIcon.COMMENT_ELLIPSIS, "claims.activity", holds,
                    () -> new ClaimActivityDialog(claim, claims, actor, this::renewed).open()));
            actions.add(action("claim-release", VaadinIcon.UNLOCK, "claims.release", holds,
                    () -> confirmRelease(claim)));
        }
        actions.add(action("claim-history", VaadinIcon.TIME_BACKWARD, "claims.history", true,
                () -> new ClaimHistoryDialog(claim, claims, accounts, actor, zone).open()));
        if (actor.isStaff()) {
            boolean holds = claim.holds(now);
            boolean open = claim.status().isOpen() && claim.stage() != ClaimStage.LOST;
            actions.add(decision(claim, ClaimDecision.APPROVE, VaadinIcon.CHECK,
                    holds && claim.status() == ClaimStatus.SUBMITTED));
            actions.add(decision(claim, ClaimDecision.REJECT, VaadinIcon.BAN, holds));
            actions.add(decision(claim, ClaimDecision.TRANSFER, VaadinIcon.EXCHANGE, holds));
            actions.add(decision(claim, ClaimDecision.EXTEND, VaadinIcon.CALENDAR_CLOCK, open));
        }
        return actions;
    }

    private Button decision(Claim claim, ClaimDecision decision, VaadinIcon icon, boolean enabled) {
        return action("claim-" + decision.name().toLowerCase(Locale.ROOT), icon, "claims.decision." + decision.name(),
                enabled, decision == ClaimDecision.REJECT ? () -> confirmReject(claim)
                        : () -> new ClaimDecisionDialog(decision, claim, decisions, actor, firmsById.values(), zone,
                                decided -> {
                                    UiCalls.showSuccess(this, "claims.decision.done." + decision.name(),
                                            decided.companyName());
                                    onChange.run();
                                }).open());
    }

    private Button action(String className, VaadinIcon icon, String labelKey, boolean enabled, Runnable onClick) {
        Button button = new Button(icon.create(), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName(className);
        button.setEnabled(enabled);
        return button;
    }

    private void advanced(Claim claim) {
        UiCalls.showSuccess(this, "claims.advance.done", claim.companyName(), getTranslation(claim.stage()
                .messageKey()));
        onChange.run();
    }

    private void renewed(Claim claim) {
        UiCalls.showSuccess(this, "claims.activity.done", ClaimLabels.until(claim.validUntil(), getLocale(), zone));
        onChange.run();
    }

    /** Releasing frees the buyer for everybody at once and cannot be undone: asked first, with the reason kept. */
    private void confirmRelease(Claim claim) {
        Confirmation.of(getTranslation("claims.release.title", claim.companyName()),
                        getTranslation("claims.release.text"), getTranslation("claims.release"))
                .withReason(getTranslation("claims.release.reason"), ClaimRules.MAX_REASON, ClaimRules::checkReason)
                .calling(reason -> claims.release(actor, claim.id(), reason), released -> {
                    UiCalls.showSuccess(this, "claims.release.done", released.companyName());
                    onChange.run();
                })
                .open();
    }

    /** Rejecting ends the firm's claim for good: asked first, with the reason the firm is told. */
    private void confirmReject(Claim claim) {
        Confirmation.of(getTranslation("claims.reject.title", claim.companyName()),
                        getTranslation("claims.reject.text", firmName(claim.firmId())),
                        getTranslation("claims.decision.REJECT"))
                .withReason(getTranslation("claims.decision.reason"), ClaimRules.MAX_REASON,
                        ClaimRules::checkReason)
                .calling(reason -> decisions.reject(actor, claim.id(), reason), decided -> {
                    UiCalls.showSuccess(this, "claims.decision.done.REJECT", decided.companyName());
                    onChange.run();
                })
                .open();
    }

    /** Firm names for staff; a firm that joined since the view opened is looked up once more. */
    String firmName(UUID id) {
        if (!firmsById.containsKey(id)) {
            firmsById = UiCalls.fetchOne(firms.byId()).orElse(firmsById);
        }
        return ClaimLabels.firm(id, firmsById, getLocale());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
