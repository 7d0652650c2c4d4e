package org.exportalliance.portal.lead.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.BuyerMatching;
import org.exportalliance.portal.lead.ConflictCheckLock;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.notification.webhook.WebhookEvents;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Staff's decisions on claims: approve, reject, transfer to another firm, or extend, each with a reason that goes
 * into the claim's history and the audit trail. The firms concerned are notified in the app.
 */
@Service
public class ClaimDecisions {

    private static final Set<ClaimStatus> OPEN = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED);
    private static final int MAX_EXTENSION_DAYS = 365;

    private final ClaimRepository claims;
    private final BuyerMatching matching;
    private final ConflictCheckLock lock;
    private final FirmService firms;
    private final NotificationService notifications;
    private final WebhookEvents webhooks;
    private final Changes changes;
    private final TransactionalOperator tx;
    private final Clock clock;

    ClaimDecisions(ClaimRepository claims, BuyerMatching matching, ConflictCheckLock lock, FirmService firms,
            NotificationService notifications, WebhookEvents webhooks, Changes changes, TransactionalOperator tx,
            Clock clock) {
        this.webhooks = webhooks;
        this.claims = claims;
        this.matching = matching;
        this.lock = lock;
        this.firms = firms;
        this.notifications = notifications;
        this.changes = changes;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Claim> approve(Actor actor, UUID id, @Nullable String reason) {
        return decide(actor, id, reason, "APPROVED", (claim, now) -> claims.setStatus(id, null,
                        EnumSet.of(ClaimStatus.SUBMITTED), ClaimStatus.APPROVED, now)
                .switchIfEmpty(Mono.error(claim.holds(now) ? new ClaimNotPending() : new ClaimNotHeld()))
                .then(notify(claim.firmId(), "notify.claim.approved", claim, reason)));
    }

    public Mono<Claim> reject(Actor actor, UUID id, @Nullable String reason) {
        return decide(actor, id, reason, "REJECTED", (claim, now) -> claims.setStatus(id, null, OPEN,
                        ClaimStatus.REJECTED, now)
                .switchIfEmpty(Mono.error(ClaimNotHeld::new))
                .then(notify(claim.firmId(), "notify.claim.rejected", claim, reason)));
    }

    /** Ends the claim and gives the buyer to another firm for the rest of its window, approved. */
    public Mono<Claim> transfer(Actor actor, UUID id, @Nullable UUID toFirm, @Nullable String reason) {
        return decide(actor, id, reason, "TRANSFERRED", (claim, now) -> checkTarget(claim, toFirm)
                .then(claims.setStatus(id, null, OPEN, ClaimStatus.TRANSFERRED, now))
                .switchIfEmpty(Mono.error(ClaimNotHeld::new))
                .then(Mono.defer(() -> {
                    UUID successor = UUID.randomUUID();
                    return claims.insert(successor, claim.leadId(), claim.buyerId(), toFirm, actor.userId(),
                                    Set.copyOf(claim.categories()), now, claim.validUntil())
                            .then(claims.setStatus(successor, null, EnumSet.of(ClaimStatus.SUBMITTED),
                                    ClaimStatus.APPROVED, now))
                            .then(claims.event(successor, now, actor.userId(), "TRANSFERRED", ClaimStage.NEW,
                                    claim.validUntil(), reason.strip()))
                            .then(changes.announce(ClaimService.TOPIC, successor));
                }))
                .then(notify(claim.firmId(), "notify.claim.transferred-away", claim, reason))
                .then(notify(toFirm, "notify.claim.transferred-to", claim, reason)));
    }

    /**
     * Moves the end of an open claim to the end of the given day (in the portal's zone). A claim whose window had
     * passed holds again: like a new claim, it is checked for conflicts under the {@link ConflictCheckLock} first,
     * since another member may have claimed a matching buyer meanwhile ({@link ClaimConflict}).
     */
    public Mono<Claim> extend(Actor actor, UUID id, @Nullable LocalDate until, @Nullable String reason) {
        return decide(actor, id, reason, "EXTENDED", (claim, now) -> {
            if (until == null || !until.isAfter(now.toLocalDate())
                    || until.isAfter(now.toLocalDate().plusDays(MAX_EXTENSION_DAYS))) {
                return Mono.error(new InvalidInput(List.of(new FieldProblem("until", "claim.validation.until"))));
            }
            OffsetDateTime end = until.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
            return (claim.holds(now) ? Mono.<Void>empty() : refuseConflicts(claim, now))
                    .then(claims.extend(id, end, now))
                    .switchIfEmpty(Mono.error(ClaimNotHeld::new))
                    .onErrorMap(DataIntegrityViolationException.class, e -> new ClaimNotHeld())
                    .then(notify(claim.firmId(), "notify.claim.extended", claim, reason));
        });
    }

    /** Other members' holds, since taken, on buyers matching a claim that is about to hold again. */
    private Mono<Void> refuseConflicts(Claim claim, OffsetDateTime now) {
        Set<String> categories = Set.copyOf(claim.categories());
        return lock.acquire(claim.leadId(), categories)
                .then(Mono.defer(() -> matching.identityOfLead(claim.leadId())))
                .flatMap(identity -> matching.conflicts(identity, categories, claim.firmId(), claim.buyerId(), now))
                .flatMap(conflicts -> conflicts.isEmpty() ? Mono.<Void>empty()
                        : firms.categories().collectMap(MachineCategory::code).flatMap(names -> Mono.error(
                                ClaimConflict.of(conflicts.stream().flatMap(c -> c.holds().stream()).distinct()
                                        .toList(), names, clock.getZone()))));
    }

    private interface Step {
        Mono<Void> apply(Claim claim, OffsetDateTime now);
    }

    private Mono<Claim> decide(Actor actor, UUID id, @Nullable String reason, String kind, Step step) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Checks.staffOnly(actor)
                .then(Checks.valid(ClaimRules.checkReason(reason)))
                .then(tx.transactional(claims.find(actor, id)
                        .switchIfEmpty(Mono.error(ClaimNotFound::new))
                        .flatMap(claim -> step.apply(claim, now)
                                .then(claims.find(actor, id))
                                .flatMap(after -> claims.event(id, now, actor.userId(), kind, null,
                                                after.validUntil(), reason.strip())
                                        .then(changes.record(actor.userId(), "claim." + kind.toLowerCase(
                                                java.util.Locale.ROOT), ClaimService.TOPIC, id, reason.strip()))
                                        .then(webhooks.publish(after.firmId(), WebhookEventType.CLAIM_DECIDED,
                                                ClaimDecided.of(after, kind)))
                                        .thenReturn(after)))));
    }

    private Mono<Void> checkTarget(Claim claim, @Nullable UUID toFirm) {
        if (toFirm == null || toFirm.equals(claim.firmId())) {
            return Mono.error(new InvalidInput(List.of(new FieldProblem("toFirm", "claim.validation.to-firm"))));
        }
        return firms.find(toFirm).switchIfEmpty(Mono.error(() -> new InvalidInput(List.of(
                new FieldProblem("toFirm", "claim.validation.to-firm"))))).then();
    }

    /** Arguments: {0} the buyer, {1} and {2} the categories in Chinese and English, {3} the reason. */
    private Mono<Void> notify(UUID firmId, String key, Claim claim, @Nullable String reason) {
        return firms.categories().collectMap(MachineCategory::code)
                .flatMap(names -> notifications.notifyFirm(firmId, key, List.of(claim.companyName(),
                        String.join("、", claim.categories().stream().map(c -> names.containsKey(c)
                                ? names.get(c).nameZh() : c).toList()),
                        String.join(", ", claim.categories().stream().map(c -> names.containsKey(c)
                                ? names.get(c).nameEn() : c).toList()),
                        reason == null ? "" : reason.strip()), "claims"));
    }
}
