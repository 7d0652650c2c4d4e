package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.AllocationService;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationRules;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.delegation.export.DelegationExports;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Staff's bar on the delegation page: move it to its next states, change its capacity and tier quotas, run the
 * allocation, and export the roster and the statements. Each change hands the delegation back to the page. Moves
 * and allocation runs ask first ({@link Confirmation}); cancelling takes a reason.
 */
class StaffActions extends HorizontalLayout {

    private final DelegationService delegations;
    private final AllocationService allocation;
    private final DelegationExports exports;
    private final SignedIn signedIn;
    private final Consumer<Delegation> changed;

    StaffActions(DelegationService delegations, AllocationService allocation, DelegationExports exports,
            SignedIn signedIn, Consumer<Delegation> changed) {
        this.delegations = delegations;
        this.allocation = allocation;
        this.exports = exports;
        this.signedIn = signedIn;
        this.changed = changed;
        setId("staff-actions");
        setAlignItems(Alignment.CENTER);
        setWrap(true);
    }

    void show(Delegation d) {
        removeAll();
        d.status().next().stream().sorted().forEach(target -> {
            Button move = new Button(getTranslation("delegation.move." + target.name()), e -> confirmMove(d, target));
            move.setId("move-" + target.name());
            if (target == DelegationStatus.CANCELLED) {
                move.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            }
            add(move);
        });
        // A DONE or cancelled delegation's places no longer change: only its exports remain.
        Button capacity = new Button(getTranslation("delegation.capacity.edit"), e -> editCapacity(d));
        capacity.setId("edit-capacity");
        capacity.setVisible(!d.ended());
        add(capacity);
        if (d.policy() == AllocationPolicy.SCORED && !d.ended()) {
            Button quotas = new Button(getTranslation("delegation.quotas.edit"), e -> editQuotas(d));
            quotas.setId("edit-quotas");
            add(quotas);
        }
        Anchor roster = Downloads.anchor(getTranslation("export.roster"),
                () -> exports.roster(signedIn.actor(), d.id(), getLocale()));
        roster.setId("export-roster");
        Anchor statements = Downloads.anchor(getTranslation("export.statements"),
                () -> exports.statements(signedIn.actor(), d.id(), getLocale()));
        statements.setId("export-statements");
        add(roster, statements);
        if (!d.policy().decidesOnArrival() && !d.ended()) {
            Button allocate = new Button(getTranslation("delegation.allocate"), e -> confirmAllocation(d));
            allocate.setId("allocate");
            allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(allocate);
        }
    }

    /**
     * Every move of the delegation's state is told to every firm and most cannot be undone, so each asks first and
     * says what follows; cancelling takes the reason the firms will read.
     */
    private void confirmMove(Delegation d, DelegationStatus target) {
        String label = getTranslation("delegation.move." + target.name());
        Confirmation confirmation = Confirmation.of(
                getTranslation("delegation.confirm.title", label, d.title(getLocale())),
                getTranslation("delegation.confirm." + target.name()), label);
        if (target == DelegationStatus.CANCELLED) {
            confirmation.withReason(getTranslation("delegation.cancel-reason"), DelegationRules.MAX_REASON,
                    reason -> DelegationRules.checkReason(reason, true));
        }
        confirmation.calling(reason -> delegations.moveTo(signedIn.actor(), d.id(), target,
                        target == DelegationStatus.CANCELLED ? reason : null), changed)
                .open();
    }

    /** An allocation run decides every submitted application at once, and each firm is told. */
    private void confirmAllocation(Delegation d) {
        Confirmation.of(getTranslation("delegation.confirm.title", getTranslation("delegation.allocate"),
                                d.title(getLocale())),
                        getTranslation("delegation.confirm.allocate",
                                getTranslation("delegation.policy." + d.policy().name())),
                        getTranslation("delegation.allocate"))
                .calling(none -> allocation.allocate(signedIn.actor(), d.id()), result -> {
                    UiCalls.showSuccess(this, "delegation.allocated", result.approved(), result.waitlisted());
                    UiCalls.run(this, delegations.find(d.id()), changed, refusal -> { });
                })
                .open();
    }

    private void editCapacity(Delegation d) {
        CapacityDialog[] dialog = new CapacityDialog[1];
        dialog[0] = new CapacityDialog(d, capacity -> UiCalls.run(this,
                delegations.resize(signedIn.actor(), d.id(), d.version(), capacity), resized -> {
                    dialog[0].close();
                    UiCalls.showSuccess(this, "delegation.capacity.saved");
                    changed.accept(resized);
                }, UiCalls.intoForm(this, dialog[0]::show)));
        dialog[0].open();
    }

    private void editQuotas(Delegation d) {
        Map<String, Integer> current = UiCalls.fetchOne(allocation.quotas(d.id())).orElse(Map.of());
        QuotasDialog[] dialog = new QuotasDialog[1];
        dialog[0] = new QuotasDialog(current, quotas -> UiCalls.run(this,
                allocation.setQuotas(signedIn.actor(), d.id(), quotas), saved -> {
                    dialog[0].close();
                    UiCalls.showSuccess(this, "delegation.quotas.saved");
                }, UiCalls.intoForm(this, dialog[0]::show)));
        dialog[0].open();
    }
}
