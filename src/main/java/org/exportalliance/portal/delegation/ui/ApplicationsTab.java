package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Decision;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationRules;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The first tab. A firm applies, sees its decision with the reason, changes a pending application, accepts an offer
 * or withdraws; staff see every application, score them for SCORED delegations and decide with a reason. Withdrawing
 * and deciding ask first, naming what follows ({@link Confirmation}); on a DONE or cancelled delegation nothing
 * changes any more and the buttons are gone.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(0)
class ApplicationsTab extends DelegationTab {

    private final DelegationService delegations;
    private final AllocationService allocation;
    private final SignedIn signedIn;
    private final Clock clock;
    private @Nullable Delegation delegation;

    final Div firmPart = new Div();
    final Grid<DelegationApplication> applications = new Grid<>();

    ApplicationsTab(DelegationService delegations, AllocationService allocation, FirmService firms,
            SignedIn signedIn, Clock clock) {
        this.delegations = delegations;
        this.allocation = allocation;
        this.signedIn = signedIn;
        this.clock = clock;
        setPadding(false);
        firmPart.setWidthFull();
        if (signedIn.isStaff()) {
            configureApplicationsGrid(UiCalls.fetchOne(firms.byId()).orElse(Map.of()));
            add(applications);
        } else {
            add(firmPart);
        }
    }

    @Override
    public String labelKey() {
        return "delegation.applications";
    }

    @Override
    public void show(Delegation d) {
        delegation = d;
        if (signedIn.isStaff()) {
            applications.setItems(UiCalls.fetch(delegations.applications(signedIn.actor(), d.id())).toList());
        } else {
            renderFirmPart(d);
        }
    }

    private void renderFirmPart(Delegation d) {
        firmPart.removeAll();
        Actor actor = signedIn.actor();
        Optional<DelegationApplication> mine = UiCalls.fetch(delegations.applications(actor, d.id()))
                .filter(a -> a.status() != ApplicationStatus.WITHDRAWN && a.status() != ApplicationStatus.REJECTED
                        && a.status() != ApplicationStatus.EXPIRED)
                .findFirst();
        if (mine.isPresent()) {
            firmPart.add(ownApplication(mine.get()));
        } else if (d.acceptsApplicationsAt(clock.instant())) {
            ApplicationForm[] form = new ApplicationForm[1];
            form[0] = new ApplicationForm(d.capacity(), draft -> UiCalls.run(this,
                    delegations.apply(actor, d.id(), draft),
                    applied -> {
                        UiCalls.showSuccess(this, "application.submitted");
                        reloadPage();
                    },
                    UiCalls.intoForm(this, form[0]::show)));
            firmPart.add(form[0]);
        } else {
            firmPart.add(new Paragraph(getTranslation("delegation.not-accepting")));
        }
    }

    private VerticalLayout ownApplication(DelegationApplication a) {
        Locale locale = getLocale();
        boolean ended = delegation != null && delegation.ended();
        Span status = DelegationLabels.status(a.status(), this);
        status.setId("own-application-status");
        Paragraph request = new Paragraph(getTranslation("application.summary", a.travellers(),
                Formats.area(a.areaM2(), locale), a.exhibits().size()));
        Paragraph reason = new Paragraph(DelegationLabels.reason(a.decisionReason(), this));
        reason.setId("own-application-reason");
        Paragraph waits = new Paragraph(getTranslation("application.waits-for-staff"));
        waits.setId("own-application-waits-for-staff");
        waits.setVisible(a.waitsForStaff() && !ended);
        Paragraph frozen = new Paragraph(getTranslation(delegation != null
                && delegation.status() == DelegationStatus.CANCELLED ? "application.frozen.cancelled"
                : "application.frozen.over"));
        frozen.setId("own-application-frozen");
        frozen.setVisible(ended);
        Button withdraw = new Button(getTranslation("application.withdraw"), e -> confirmWithdrawal(a));
        withdraw.setId("application-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setVisible(a.status().withdrawable() && !ended);
        Button edit = new Button(getTranslation("application.edit"), e -> editOwnApplication(a));
        edit.setId("application-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setVisible(a.status().editable() && delegation != null
                && delegation.status() == DelegationStatus.OPEN);
        Button accept = new Button(getTranslation("application.accept"), e -> UiCalls.run(this,
                delegations.accept(signedIn.actor(), a.id()).thenReturn(true), done -> reloadPage(),
                refusal -> UiCalls.showRefusal(this, refusal)));
        accept.setId("application-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setVisible(a.status() == ApplicationStatus.OFFERED && !ended);
        Paragraph deadline = new Paragraph(a.offerExpiresAt() == null ? ""
                : getTranslation("application.offer-expires", Formats.dateTime(a.offerExpiresAt(), clock.getZone(), locale)));
        deadline.setVisible(a.offerExpiresAt() != null && !ended);
        VerticalLayout card = new VerticalLayout(new H3(getTranslation("application.own")), status, request, reason,
                waits, frozen, deadline, new HorizontalLayout(accept, edit, withdraw));
        card.setId("own-application");
        card.setPadding(false);
        return card;
    }

    /**
     * Withdrawing cannot be undone: the firm is told what it gives up (its place, which the waitlist is offered, and
     * its travellers' passport data) before anything happens.
     */
    private void confirmWithdrawal(DelegationApplication a) {
        String title = delegation == null ? "" : delegation.title(getLocale());
        Confirmation.of(getTranslation("application.confirm.withdraw.title", title),
                        getTranslation(a.status().holdsPlace() ? "application.confirm.withdraw.holding"
                                : "application.confirm.withdraw.waiting"),
                        getTranslation("application.withdraw"))
                .keepLabel(getTranslation("application.confirm.withdraw.keep"))
                .calling(none -> delegations.withdraw(signedIn.actor(), a.id()).thenReturn(true),
                        done -> reloadPage())
                .open();
    }

    /** The firm changes its pending application in the same form it applied with, filled with what it asked. */
    private void editOwnApplication(DelegationApplication a) {
        ApplicationForm[] form = new ApplicationForm[1];
        form[0] = new ApplicationForm(delegation == null ? a.request() : delegation.capacity(), a.asDraft(),
                draft -> UiCalls.run(this, delegations.edit(signedIn.actor(), a.id(), draft), edited -> {
                    UiCalls.showSuccess(this, "application.saved");
                    reloadPage();
                }, UiCalls.intoForm(this, form[0]::show)));
        Button cancel = new Button(getTranslation("fair.close"), e -> reloadPage());
        cancel.setId("application-edit-cancel");
        firmPart.removeAll();
        firmPart.add(form[0], cancel);
    }

    private void configureApplicationsGrid(Map<UUID, Firm> firmsById) {
        Locale locale = getLocale();
        applications.setId("application-grid");
        applications.addColumn(a -> Optional.ofNullable(firmsById.get(a.firmId())).map(f -> f.name(locale))
                        .orElse(a.firmId().toString()))
                .setHeader(getTranslation("application.firm")).setFlexGrow(3).setKey("firm");
        applications.addColumn(DelegationApplication::travellers).setHeader(getTranslation("application.travellers"))
                .setAutoWidth(true).setFlexGrow(0);
        applications.addColumn(a -> Formats.area(a.areaM2(), locale))
                .setHeader(getTranslation("application.area")).setAutoWidth(true).setFlexGrow(0);
        applications.addComponentColumn(a -> DelegationLabels.status(a.status(), this))
                .setHeader(getTranslation("application.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        applications.addColumn(a -> DelegationLabels.reason(a.decisionReason(), this))
                .setHeader(getTranslation("application.reason")).setFlexGrow(3)
                .setTooltipGenerator(a -> DelegationLabels.reason(a.decisionReason(), this));
        applications.addComponentColumn(this::scoreField).setHeader(getTranslation("application.score"))
                .setAutoWidth(true).setFlexGrow(0).setKey("score");
        applications.addComponentColumn(a -> decisionButtons(a, firmsById)).setAutoWidth(true).setFlexGrow(0)
                .setKey("actions");
        applications.setAllRowsVisible(true);
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

    private HorizontalLayout decisionButtons(DelegationApplication a, Map<UUID, Firm> firmsById) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (delegation != null && delegation.ended()) {
            return buttons;
        }
        String firm = Optional.ofNullable(firmsById.get(a.firmId())).map(f -> f.name(getLocale())).orElse("");
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
                        decided -> reloadPage())
                .open();
    }
}
