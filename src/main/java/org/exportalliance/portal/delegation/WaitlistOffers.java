package org.exportalliance.portal.delegation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The waitlist's timed offers: a freed place goes to the longest-waiting application that fits, which holds it until
 * the firm accepts or the offer runs out ({@code portal.delegation.offer-period}). So that big requests are not
 * starved by a stream of small ones, the head of the waitlist can be passed over only
 * {@code portal.delegation.max-pass-overs} times; then freed room is held for it until it fits. Applications staff
 * waitlisted on purpose wait for staff, not for an offer ({@code waits_for_staff}).
 */
@Component
class WaitlistOffers {

    static final String OFFERED = AutoReason.of("delegation.reason.offered");
    static final String ACCEPTED = AutoReason.of("delegation.reason.accepted");
    static final String EXPIRED = AutoReason.of("delegation.reason.expired");

    private final DelegationRepository delegations;
    private final ApplicationRepository applications;
    private final DelegationNews news;
    private final Clock clock;
    private final Duration offerPeriod;
    private final int maxPassOvers;
    private final TransactionalOperator tx;

    WaitlistOffers(DelegationRepository delegations, ApplicationRepository applications, DelegationNews news,
            Clock clock, @Value("${portal.delegation.offer-period:PT48H}") Duration offerPeriod,
            @Value("${portal.delegation.max-pass-overs:2}") int maxPassOvers, TransactionalOperator tx) {
        this.tx = tx;
        this.maxPassOvers = maxPassOvers;
        this.delegations = delegations;
        this.applications = applications;
        this.news = news;
        this.clock = clock;
        this.offerPeriod = offerPeriod;
    }

    /**
     * Offers freed places, one application after the other, until nothing more fits. Runs inside the transaction
     * that freed the room, under the delegation's row lock (taken here if the caller has not), so the remaining room
     * it reads is the room there is. Each candidate is moved WAITLISTED → OFFERED first, and only from that state;
     * capacity is taken only for an application that now holds the offer. A candidate that changed meanwhile is
     * passed by and the next one looked for: nothing is ever taken for an application that does not hold it.
     */
    Mono<Void> offerFreedPlaces(UUID delegationId, Instant now) {
        return delegations.lock(delegationId)
                .filter(d -> d.status() == DelegationStatus.OPEN || d.status() == DelegationStatus.CLOSED)
                .flatMap(d -> applications.nextWaiting(d.id(), d.remaining(), maxPassOvers))
                .flatMap(next -> offer(next, now)
                        .flatMap(offered -> news.changed(null, "application.OFFERED", delegationId,
                                        offered.id().toString())
                                .then(news.tellFirm(offered)))
                        .then(Mono.defer(() -> offerFreedPlaces(delegationId, now))))
                .then();
    }

    /** Offers {@code next} its place; empty when it is no longer waiting. */
    private Mono<DelegationApplication> offer(DelegationApplication next, Instant now) {
        return applications.head(next.delegationId()).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(head -> applications.move(next.id(), null, Set.of(ApplicationStatus.WAITLISTED),
                                ApplicationStatus.OFFERED, OFFERED, null, now, now.plus(offerPeriod), false)
                        .flatMap(offered -> take(offered, now)
                                .then(passedOver(head, offered))
                                .thenReturn(offered)));
    }

    /**
     * Takes the capacity an application has just been moved into holding. The caller read the room under the row
     * lock, so it fits; if it ever did not, the transaction fails rather than keep a place nobody holds.
     */
    Mono<Void> take(DelegationApplication holder, Instant now) {
        return delegations.take(holder.delegationId(), holder.request(), now)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("no room for application " + holder.id()
                        + " though the delegation's row lock was held")))
                .then();
    }

    /**
     * Counts a pass-over for the head of the waitlist when a place went to somebody behind it ({@code head} read
     * before the place was given, while it was still the head).
     */
    Mono<Void> passedOver(Optional<ApplicationRepository.Head> head, DelegationApplication placed) {
        return head.filter(h -> !h.id().equals(placed.id()))
                .map(h -> applications.passOver(h.id()))
                .orElse(Mono.empty());
    }

    /** Whether freed room is kept for the head of the waitlist, which has been passed over often enough. */
    boolean keptForHead(Optional<ApplicationRepository.Head> head) {
        return head.filter(h -> h.passedOver() >= maxPassOvers).isPresent();
    }

    /** The firm accepts its offer before it runs out (and while the delegation is neither DONE nor cancelled). */
    public Mono<DelegationApplication> accept(Actor actor, UUID applicationId) {
        Instant now = clock.instant();
        return tx.transactional(applications.find(applicationId, actor.firmId())
                .switchIfEmpty(Mono.error(ApplicationNotFound::new))
                .flatMap(read -> delegations.lock(read.delegationId())
                        .flatMap(DelegationService::notEnded)
                        .then(applications.find(applicationId, actor.firmId())))
                .flatMap(current -> current.status() == ApplicationStatus.OFFERED && current.offerExpiresAt() != null
                        && now.isBefore(current.offerExpiresAt())
                        ? applications.move(current.id(), actor.firmId(), Set.of(ApplicationStatus.OFFERED),
                                ApplicationStatus.ACCEPTED, ACCEPTED, actor.userId(), now)
                                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        : Mono.error(new OfferNotOpen()))
                .flatMap(a -> news.changed(actor.userId(), "application.ACCEPTED", a.delegationId(),
                        a.id().toString()).thenReturn(a)));
    }

    /**
     * Expires offers whose time ran out, freeing their places for the next firms waiting; emits how many expired.
     * {@link OfferExpiry} calls it inside its guarded transaction. Each offer is expired under its delegation's row
     * lock, and only if it is still OFFERED (the firm may have accepted or withdrawn meanwhile) and the delegation
     * has not ended meanwhile; then its capacity is released.
     */
    Mono<Integer> expireDue(int limit) {
        Instant now = clock.instant();
        return applications.offersDue(now, limit)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(offer -> delegations.lock(offer.delegationId())
                        .filter(d -> !d.ended())
                        .flatMap(d -> applications.move(offer.id(), null, Set.of(ApplicationStatus.OFFERED),
                                ApplicationStatus.EXPIRED, EXPIRED, null, now))
                        .flatMap(expired -> delegations.release(expired.delegationId(), expired.request(), now)
                                .then(news.changed(null, "application.EXPIRED", expired.delegationId(),
                                        expired.id().toString()))
                                .then(news.tellFirm(expired))
                                .then(offerFreedPlaces(expired.delegationId(), now))
                                .thenReturn(1)))
                .reduce(0, Integer::sum);
    }
}
