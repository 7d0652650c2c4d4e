package org.exportalliance.portal.lead.claim;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadPolicy;
import org.exportalliance.portal.lead.LeadRules;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deal registration: a firm claims a buyer it can see for some categories, works the claim through its pipeline, and
 * renews it by logging activity. Conflict detection refuses a claim that runs into another member's hold with the
 * blind signal; the database's exclusion constraint settles claims that race ({@link ClaimRegistration} checks and
 * writes). Staff's decisions live in {@link ClaimDecisions}.
 */
@Service
public class ClaimService {

    public static final String TOPIC = "claim";

    private final ClaimRepository claims;
    private final LeadService leads;
    private final ClaimRegistration registration;
    private final Changes changes;
    private final LiveEvents live;
    private final TransactionalOperator tx;
    private final Clock clock;

    ClaimService(ClaimRepository claims, LeadService leads, ClaimRegistration registration, Changes changes,
            LiveEvents live, TransactionalOperator tx, Clock clock) {
        this.claims = claims;
        this.leads = leads;
        this.registration = registration;
        this.changes = changes;
        this.live = live;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Claims the buyer of a lead the actor may see, for the categories, for the policy's window. Refused with the
     * blind signal ({@link ClaimConflict}) when another member holds a matching buyer for an overlapping category.
     * The check and the write are one transaction under the conflict-check lock ({@link ClaimRegistration}), so of
     * two claims that would conflict, the second to take the lock sees the first.
     */
    public Mono<Claim> claim(Actor actor, UUID leadId, Set<String> categories) {
        OffsetDateTime now = now();
        UUID id = UUID.randomUUID();
        if (actor.isStaff()) {
            // Staff arbitrate claims; the association sells no machines.
            return Mono.error(new NotPermitted());
        }
        return leads.categories()
                .flatMap(known -> Checks.valid(LeadRules.checkCategories(categories, known.keySet()))
                        .then(leads.policy())
                        .flatMap(policy -> tx.transactional(
                                registration.underLock(actor, leadId, categories, known, policy, now, id)))
                        .flatMap(refused -> refused.isPresent() ? Mono.<Claim>error(refused.get())
                                : claims.find(actor, id))
                        .onErrorResume(DataIntegrityViolationException.class,
                                e -> registration.lostRace(actor, leadId, categories, known, now, e)));
    }

    /**
     * Saves a new lead and registers its buyer for the firm, for the lead's categories that no other member holds,
     * in one transaction: the lead is saved whether or not the claim is refused (the refusal is in the answer).
     */
    public Mono<LeadClaimed> createAndClaim(Actor actor, LeadDraft draft) {
        OffsetDateTime now = now();
        UUID id = UUID.randomUUID();
        return Mono.zip(leads.categories(), leads.policy())
                .flatMap(t -> tx.transactional(leads.create(actor, draft).flatMap(created -> {
                    Set<String> held = created.signals().stream().map(Hold::category).collect(Collectors.toSet());
                    Set<String> free = created.lead().categories().stream().filter(c -> !held.contains(c))
                            .collect(Collectors.toSet());
                    if (free.isEmpty()) {
                        return Mono.just(new LeadClaimed(created, null, null));
                    }
                    if (actor.isStaff()) {
                        return Mono.just(new LeadClaimed(created, null, new NotPermitted()));
                    }
                    return registration.underLock(actor, created.lead().id(), free, t.getT1(), t.getT2(), now, id)
                            .flatMap(refused -> refused.isPresent()
                                    ? Mono.just(new LeadClaimed(created, null, refused.get()))
                                    : claims.find(actor, id).map(claim -> new LeadClaimed(created, claim, null)));
                })))
                .onErrorMap(DataIntegrityViolationException.class, e -> String.valueOf(e.getMessage())
                        .contains("claim_scope_exclusive") ? new ChangedConcurrently() : e);
    }

    /** The actor's firm's claims (staff: all), newest first. */
    public Flux<Claim> list(Actor actor, boolean heldOnly, int offset, int limit) {
        return claims.list(actor, heldOnly, now(), offset, limit);
    }

    public Mono<Claim> find(Actor actor, UUID id) {
        return claims.find(actor, id).switchIfEmpty(Mono.error(ClaimNotFound::new));
    }

    /** A claim's full history, oldest first: its own firm's or, for staff, any. */
    public Flux<ClaimEvent> history(Actor actor, UUID id) {
        return find(actor, id).flatMapMany(claim -> claims.events(id));
    }

    /**
     * Moves the firm's held claim to a later pipeline stage, renewing its window; LOST needs a reason and ends the
     * hold on the buyer.
     */
    public Mono<Claim> advance(Actor actor, UUID id, ClaimStage to, @Nullable String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        OffsetDateTime now = now();
        return Checks.valid(ClaimRules.checkStage(to, why))
                .then(leads.policy())
                .flatMap(policy -> tx.transactional(claims.advance(actor.firmId(), id, to.previous(), to,
                                to == ClaimStage.LOST ? why : null, now, window(now, policy))
                        .switchIfEmpty(Mono.defer(() -> whyNot(actor, id, to)))
                        .flatMap(version -> claims.event(id, now, actor.userId(), "STAGE", to, null, why))
                        .then(changes.record(actor.userId(), "claim.stage", TOPIC, id, to.name()))))
                .then(Mono.defer(() -> find(actor, id)));
    }

    /** Logs contact with the buyer on the firm's held claim, which renews its window. */
    public Mono<Claim> logActivity(Actor actor, UUID id, @Nullable String note) {
        String text = note == null ? "" : note.strip();
        OffsetDateTime now = now();
        return Checks.valid(ClaimRules.checkNote(text))
                .then(leads.policy())
                .flatMap(policy -> tx.transactional(claims.renew(actor.firmId(), id, now, window(now, policy))
                        .switchIfEmpty(Mono.defer(() -> whyNot(actor, id, null)))
                        .then(claims.event(id, now, actor.userId(), "ACTIVITY", null, window(now, policy), text))
                        .then(changes.announce(TOPIC, id))))
                .then(Mono.defer(() -> find(actor, id)));
    }

    /**
     * The firm gives its held claim up, freeing the buyer for other members. The reason, when given, goes into the
     * claim's history (the view asks for one; the API may leave it out).
     */
    public Mono<Claim> release(Actor actor, UUID id, @Nullable String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        OffsetDateTime now = now();
        return Checks.valid(ClaimRules.checkOptionalReason(why))
                .then(tx.transactional(claims.setStatus(id, actor.firmId(),
                                EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED), ClaimStatus.RELEASED, now)
                        .switchIfEmpty(Mono.defer(() -> whyNot(actor, id, null)))
                        .then(claims.event(id, now, actor.userId(), "RELEASED", null, null, why))
                        .then(changes.record(actor.userId(), "claim.released", TOPIC, id, why))))
                .then(Mono.defer(() -> find(actor, id)));
    }

    /** Conflicts found so far, newest first; staff only. */
    public Flux<RecordedConflict> conflicts(Actor actor, int offset, int limit) {
        return Checks.staffOnly(actor).thenMany(Flux.defer(() -> claims.conflicts(offset, limit)));
    }

    /** Ids of claims as they change on any instance, plus resync signals. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    static OffsetDateTime window(OffsetDateTime now, LeadPolicy policy) {
        return now.plusDays(policy.claimWindowDays());
    }

    private <T> Mono<T> whyNot(Actor actor, UUID id, @Nullable ClaimStage to) {
        return claims.find(actor, id)
                .switchIfEmpty(Mono.error(ClaimNotFound::new))
                .flatMap(claim -> Mono.error(!claim.holds(now()) ? new ClaimNotHeld()
                        : to != null ? new IllegalStageChange() : new ChangedConcurrently()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
