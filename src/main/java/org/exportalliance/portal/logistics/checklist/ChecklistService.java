package org.exportalliance.portal.logistics.checklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A delegation's checklist. Staff keep the template (items with titles in both languages, a due date and an order);
 * every firm that takes part (approved or accepted) has the whole template as its checklist and ticks items off, or
 * reopens them. A firm reads and ticks only its own list; staff see the firms × items matrix and may tick for a firm.
 * An item is overdue once its due date (a day in the alliance's time zone, the portal clock's) has passed while the
 * firm has not done it.
 */
@Service
public class ChecklistService {

    /** Live topic; the id is the delegation's. */
    public static final String TOPIC = "checklist";
    static final String AUDIT_SUBJECT = "checklist";

    private final ChecklistRepository checklist;
    private final ReminderRepository reminders;
    private final DelegationService delegations;
    private final FairService fairs;
    private final Changes changes;
    private final LiveEvents live;
    private final Clock clock;
    private final TransactionalOperator tx;

    ChecklistService(ChecklistRepository checklist, ReminderRepository reminders, DelegationService delegations,
            FairService fairs, Changes changes, LiveEvents live, Clock clock, TransactionalOperator tx) {
        this.tx = tx;
        this.checklist = checklist;
        this.reminders = reminders;
        this.delegations = delegations;
        this.fairs = fairs;
        this.changes = changes;
        this.live = live;
        this.clock = clock;
    }

    // --- the template (staff) --------------------------------------------------------------------------------

    /** The template's items in order (staff). */
    public Flux<ChecklistItem> template(Actor actor, UUID delegationId) {
        return Checks.staffOnly(actor).then(delegations.find(delegationId))
                .thenMany(checklist.items(delegationId));
    }

    /** The due dates staff may give items of this delegation. */
    public Mono<ChecklistRules.DueDates> dueDates(UUID delegationId) {
        return delegations.find(delegationId).flatMap(this::dueDates);
    }

    public Mono<ChecklistItem> add(Actor actor, UUID delegationId, ChecklistItemDraft draft) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(delegations.find(delegationId))
                .flatMap(d -> dueDates(d).flatMap(allowed -> Checks.valid(ChecklistRules.check(draft, allowed)))
                        .then(Mono.defer(() -> checklist.insert(UUID.randomUUID(), d.id(), draft, actor.userId(),
                                now()))))
                .flatMap(item -> changed(actor, "checklist.item-added", item.delegationId(), item.id(),
                        item.titleEn()).thenReturn(item)));
    }

    /**
     * Changes an item; with {@code expectedVersion} only if nobody changed it meanwhile. Moving the due date clears
     * the reminders already sent for it, so the new deadline gets its own.
     */
    public Mono<ChecklistItem> update(Actor actor, UUID itemId, @Nullable Long expectedVersion,
            ChecklistItemDraft draft) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(item(itemId))
                .flatMap(current -> dueDates(current.delegationId())
                        .flatMap(allowed -> Checks.valid(ChecklistRules.check(draft, allowed)))
                        .then(Mono.defer(() -> checklist.update(itemId, expectedVersion, draft, now())))
                        .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        .flatMap(updated -> (updated.dueDate().equals(current.dueDate()) ? Mono.<Long>empty()
                                : reminders.clearReminders(itemId))
                                .then(changed(actor, "checklist.item-changed", updated.delegationId(), itemId,
                                        updated.titleEn()))
                                .thenReturn(updated))));
    }

    /** Removes an item from the template, and with it every firm's tick and reminder for it. */
    public Mono<Void> remove(Actor actor, UUID itemId) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(item(itemId))
                .flatMap(item -> checklist.delete(itemId)
                        .then(changed(actor, "checklist.item-removed", item.delegationId(), itemId, item.titleEn()))));
    }

    // --- the firms' lists ------------------------------------------------------------------------------------

    /**
     * A participating firm's checklist. A firm's users may read only their own firm's; staff any firm's. Another
     * firm's list, or a firm that does not take part, is {@link ChecklistNotFound}.
     */
    public Mono<FirmChecklist> forFirm(Actor actor, UUID delegationId, UUID firmId) {
        if (!actor.mayActFor(firmId)) {
            return Mono.error(new ChecklistNotFound());
        }
        LocalDate today = today();
        return delegations.find(delegationId)
                .then(checklist.participates(delegationId, firmId))
                .filter(Boolean::booleanValue)
                .switchIfEmpty(Mono.error(ChecklistNotFound::new))
                .thenMany(checklist.checklistOf(delegationId, firmId))
                .map(p -> entry(p, today))
                .collectList()
                .map(entries -> new FirmChecklist(delegationId, firmId, entries));
    }

    /** Every participating firm × every item, with the state of each (staff). */
    public Mono<ChecklistMatrix> matrix(Actor actor, UUID delegationId) {
        LocalDate today = today();
        return Checks.staffOnly(actor)
                .then(delegations.find(delegationId))
                .then(Mono.zip(checklist.items(delegationId).collectList(),
                        checklist.participants(delegationId).collectList(),
                        checklist.completions(delegationId).collectList()))
                .map(t -> {
                    Map<UUID, Map<UUID, Instant>> done = new HashMap<>();
                    t.getT3().forEach(c -> done.computeIfAbsent(c.firmId(), f -> new HashMap<>())
                            .put(c.itemId(), c.doneAt()));
                    List<ChecklistMatrix.Row> rows = t.getT2().stream().map(firm -> {
                        Map<UUID, Instant> firmDone = done.getOrDefault(firm, Map.of());
                        return new ChecklistMatrix.Row(firm, t.getT1().stream().map(item -> {
                            Instant doneAt = firmDone.get(item.id());
                            return new ChecklistMatrix.Cell(item.id(), state(item, doneAt, today), doneAt);
                        }).toList());
                    }).toList();
                    return new ChecklistMatrix(delegationId, t.getT1(), rows);
                });
    }

    /**
     * Ticks an item off for a firm: a firm's users for their own firm, staff for the firm they name. An item of a
     * delegation the firm does not take part in, or another firm's, is {@link ChecklistItemNotFound}. Ticking a done
     * item again changes nothing.
     */
    public Mono<ChecklistEntry> markDone(Actor actor, UUID itemId, @Nullable UUID firmId) {
        return tx.transactional(firmFor(actor, firmId)
                .flatMap(firm -> entryFor(itemId, firm)
                        .flatMap(before -> checklist.complete(itemId, firm, actor.userId(), now())
                                .flatMap(changed -> changed
                                        ? changed(actor, "checklist.done", before.item().delegationId(), itemId,
                                                firm.toString())
                                        : Mono.empty())
                                .then(entryFor(itemId, firm)))));
    }

    /** Reopens a done item for a firm (same rules as {@link #markDone}); reopening an open item changes nothing. */
    public Mono<ChecklistEntry> reopen(Actor actor, UUID itemId, @Nullable UUID firmId) {
        return tx.transactional(firmFor(actor, firmId)
                .flatMap(firm -> entryFor(itemId, firm)
                        .flatMap(before -> checklist.reopen(itemId, firm)
                                .flatMap(changed -> changed
                                        ? changed(actor, "checklist.reopened", before.item().delegationId(), itemId,
                                                firm.toString())
                                        : Mono.empty())
                                .then(entryFor(itemId, firm)))));
    }

    /** Live signals: some checklist of the delegation (the event's id) changed, or a resync. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Firm users act for their own firm (naming another is a 404); staff must name the firm. */
    private static Mono<UUID> firmFor(Actor actor, @Nullable UUID firmId) {
        if (actor.isStaff()) {
            return firmId == null
                    ? Mono.error(new InvalidInput(List.of(new FieldProblem("firmId", "validation.required"))))
                    : Mono.just(firmId);
        }
        if (firmId != null && !firmId.equals(actor.firmId())) {
            return Mono.error(new ChecklistItemNotFound());
        }
        return Mono.just(actor.firmId());
    }

    private Mono<ChecklistEntry> entryFor(UUID itemId, UUID firm) {
        return checklist.entry(itemId, firm).map(p -> entry(p, today()))
                .switchIfEmpty(Mono.error(ChecklistItemNotFound::new));
    }

    private Mono<ChecklistItem> item(UUID itemId) {
        return checklist.find(itemId).switchIfEmpty(Mono.error(ChecklistItemNotFound::new));
    }

    private Mono<ChecklistRules.DueDates> dueDates(Delegation d) {
        return fairs.find(d.fairId()).map(fair -> ChecklistRules.DueDates.of(today(), fair.endDate()));
    }

    private static ChecklistEntry entry(ChecklistRepository.Progress p, LocalDate today) {
        return new ChecklistEntry(p.item(), p.firmId(), state(p.item(), p.doneAt(), today), p.doneAt(), p.doneBy());
    }

    static ChecklistState state(ChecklistItem item, @Nullable Instant doneAt, LocalDate today) {
        if (doneAt != null) {
            return ChecklistState.DONE;
        }
        return item.isPastDue(today) ? ChecklistState.OVERDUE : ChecklistState.OPEN;
    }

    private Mono<Void> changed(Actor actor, String action, UUID delegationId, UUID itemId, String detail) {
        return changes.record(actor.userId(), action, AUDIT_SUBJECT, itemId, detail,
                new LiveEvent(TOPIC, delegationId.toString()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
