package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The first tab. A firm applies, sees its decision with the reason, changes a pending application, accepts an offer
 * or withdraws; staff see every application ({@link ApplicationsGrid}), score them for SCORED delegations and decide
 * with a reason. Withdrawing and deciding ask first, naming what follows ({@link Confirmation}); on a DONE or
 * cancelled delegation nothing changes any more and the buttons are gone.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(0)
class ApplicationsTab extends DelegationTab {

    private final DelegationService delegations;
    private final SignedIn signedIn;
    private final Clock clock;
    private @Nullable Delegation delegation;

    final Div firmPart = new Div();
    final ApplicationsGrid applications;

    ApplicationsTab(DelegationService delegations, AllocationService allocation, FirmService firms,
            SignedIn signedIn, Clock clock) {
        super("delegation.applications");
        this.delegations = delegations;
        this.signedIn = signedIn;
        this.clock = clock;
        firmPart.setWidthFull();
        applications = new ApplicationsGrid(delegations, allocation, signedIn,
                signedIn.isStaff() ? UiCalls.fetchOne(firms.byId()).orElse(Map.of()) : Map.of(), this::reloadPage);
        if (signedIn.isStaff()) {
            add(applications);
        } else {
            add(firmPart);
        }
    }

    @Override
    public void show(Delegation d) {
        delegation = d;
        if (signedIn.isStaff()) {
            applications.show(d, UiCalls.fetch(delegations.applications(signedIn.actor(), d.id())).toList());
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
}
