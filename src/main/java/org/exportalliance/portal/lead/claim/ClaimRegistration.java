package org.exportalliance.portal.lead.claim;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.BuyerMatching;
import org.exportalliance.portal.lead.Conflict;
import org.exportalliance.portal.lead.ConflictCheckLock;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.LeadPolicy;
import org.exportalliance.portal.lead.LeadRow;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The registration of a new claim, for every path that makes one ({@link ClaimService#claim},
 * {@link ClaimService#createAndClaim}): the conflict check and the write under the {@link ConflictCheckLock}, and
 * what to say when the database's exclusion constraint settled a race the lock did not see.
 */
@Component
class ClaimRegistration {

    private final ClaimRepository claims;
    private final LeadService leads;
    private final BuyerMatching matching;
    private final ConflictCheckLock lock;
    private final Changes changes;
    private final Clock clock;

    ClaimRegistration(ClaimRepository claims, LeadService leads, BuyerMatching matching, ConflictCheckLock lock,
            Changes changes, Clock clock) {
        this.claims = claims;
        this.leads = leads;
        this.matching = matching;
        this.lock = lock;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Inside the claim's transaction: takes the lock, checks for conflicts (recording them for staff) and the firm's
     * own hold, and writes the claim when there is neither. A refusal is returned, not raised, so that the recorded
     * conflicts commit (and, for {@link ClaimService#createAndClaim}, the lead with them).
     */
    Mono<Optional<Refusal>> underLock(Actor actor, UUID leadId, Set<String> categories,
            Map<String, MachineCategory> known, LeadPolicy policy, OffsetDateTime now, UUID id) {
        return lock.acquire(leadId, categories)
                .then(Mono.defer(() -> leads.find(actor, leadId)))
                .flatMap(row -> conflictsFor(actor, row, categories, now).flatMap(conflicts -> {
                    if (!conflicts.isEmpty()) {
                        return Mono.just(Optional.<Refusal>of(blind(conflicts, known)));
                    }
                    boolean ours = row.holds().stream().anyMatch(h -> h.ours() && categories.contains(h.category()));
                    if (ours) {
                        return Mono.just(Optional.<Refusal>of(new AlreadyClaimed()));
                    }
                    OffsetDateTime until = ClaimService.window(now, policy);
                    return claims.insert(id, leadId, row.lead().buyerId(), actor.firmId(), actor.userId(),
                                    categories, now, until)
                            .then(claims.event(id, now, actor.userId(), "SUBMITTED", ClaimStage.NEW, until, null))
                            .then(changes.record(actor.userId(), "claim.submitted", ClaimService.TOPIC, id,
                                    String.join(",", categories.stream().sorted().toList())))
                            .thenReturn(Optional.<Refusal>empty());
                }));
    }

    /**
     * The exclusion constraint refused the write: a claim on the same buyer committed first through a path that does
     * not take the lock (a staff transfer). Say which categories, blindly.
     */
    Mono<Claim> lostRace(Actor actor, UUID leadId, Set<String> categories, Map<String, MachineCategory> known,
            OffsetDateTime now, DataIntegrityViolationException e) {
        if (!String.valueOf(e.getMessage()).contains("claim_scope_exclusive")) {
            return Mono.error(e);
        }
        return leads.find(actor, leadId)
                .flatMap(row -> conflictsFor(actor, row, categories, now)
                        .then(refuseHeld(row, categories, known)))
                .then(Mono.error(ChangedConcurrently::new));
    }

    private Mono<Void> refuseHeld(LeadRow row, Set<String> categories, Map<String, MachineCategory> known) {
        List<Hold> others = row.othersHolds().stream().filter(h -> categories.contains(h.category())).toList();
        if (!others.isEmpty()) {
            return Mono.error(ClaimConflict.of(others, known, clock.getZone()));
        }
        boolean ours = row.holds().stream().anyMatch(h -> h.ours() && categories.contains(h.category()));
        return ours ? Mono.error(new AlreadyClaimed()) : Mono.empty();
    }

    /** Other members' holds on buyers matching this lead's, left for staff to see. */
    private Mono<List<Conflict>> conflictsFor(Actor actor, LeadRow row, Set<String> categories,
            OffsetDateTime now) {
        return matching.identityOfLead(row.lead().id())
                .flatMap(identity -> matching.conflicts(identity, categories, actor.firmId(), row.lead().buyerId(),
                        now))
                .flatMap(conflicts -> matching.record("CLAIM", actor, row.lead().id(), conflicts, now)
                        .thenReturn(conflicts));
    }

    private ClaimConflict blind(List<Conflict> conflicts, Map<String, MachineCategory> known) {
        return ClaimConflict.of(conflicts.stream().flatMap(c -> c.holds().stream()).distinct().toList(), known,
                clock.getZone());
    }
}
