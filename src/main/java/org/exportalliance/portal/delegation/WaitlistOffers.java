package org.exportalliance.portal.delegation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The waitlist's timed offers: a freed place goes to the longest-waiting application that fits, which holds it until
 * the firm accepts or the offer runs out ({@code portal.delegation.offer-period}). So that big requests are not
 * starved by a stream of small ones, the head of the waitlist can be passed over only
 * {@code portal.delegation.max-pass-overs} times; then freed room is held for it until it fits.
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

    WaitlistOffers(DelegationRepository delegations, ApplicationRepository applications, DelegationNews news,
            Clock clock, @Value("${portal.delegation.offer-period:PT48H}") Duration offerPeriod,
            @Value("${portal.delegation.max-pass-overs:2}") int maxPassOvers) {
        this.maxPassOvers = maxPassOvers;
        this.delegations = delegations;
        this.applications = applications;
        this.news = news;
        this.clock = clock;
        this.offerPeriod = offerPeriod;
    }

    /** Offers freed places, one application after the other, until nothing more fits. */
    Mono<Void> offerFreedPlaces(UUID delegationId, Instant now) {
        return delegations.findById(delegationId)
                .filter(d -> d.status() == DelegationStatus.OPEN || d.status() == DelegationStatus.CLOSED)
                .flatMap(d -> applications.nextWaiting(d.id(), d.remaining(), maxPassOvers))
                .flatMap(next -> applications.passOverHead(delegationId, next.id())
                        .then(delegations.take(next.delegationId(), next.request(), now))
                        .flatMap(taken -> applications.move(next.id(), null, Set.of(ApplicationStatus.WAITLISTED),
                                ApplicationStatus.OFFERED, OFFERED, null, now, now.plus(offerPeriod)))
                        .flatMap(offered -> news.changed(null, "application.OFFERED", delegationId,
                                        offered.id().toString())
                                .then(news.tellFirm(offered))
                                .then(offerFreedPlaces(delegationId, now))))
                .then();
    }

    /** The firm accepts its offer before it runs out. */
    @Transactional
    public Mono<DelegationApplication> accept(Actor actor, UUID applicationId) {
        Instant now = clock.instant();
        return applications.find(applicationId, actor.firmId())
                .switchIfEmpty(Mono.error(ApplicationNotFound::new))
                .flatMap(current -> current.status() == ApplicationStatus.OFFERED && current.offerExpiresAt() != null
                        && now.isBefore(current.offerExpiresAt())
                        ? applications.move(current.id(), actor.firmId(), Set.of(ApplicationStatus.OFFERED),
                                ApplicationStatus.ACCEPTED, ACCEPTED, actor.userId(), now)
                                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        : Mono.error(new OfferNotOpen()))
                .flatMap(a -> news.changed(actor.userId(), "application.ACCEPTED", a.delegationId(),
                        a.id().toString()).thenReturn(a));
    }

    /**
     * Expires offers whose time ran out, freeing their places for the next firms waiting; emits how many expired.
     * {@link OfferExpiry} calls it inside its guarded transaction.
     */
    Mono<Integer> expireDue(int limit) {
        Instant now = clock.instant();
        return applications.offersDue(now, limit)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(offer -> applications.move(offer.id(), null, Set.of(ApplicationStatus.OFFERED),
                                ApplicationStatus.EXPIRED, EXPIRED, null, now)
                        .flatMap(expired -> delegations.release(expired.delegationId(), expired.request(), now)
                                .then(news.changed(null, "application.EXPIRED", expired.delegationId(),
                                        expired.id().toString()))
                                .then(news.tellFirm(expired))
                                .then(offerFreedPlaces(expired.delegationId(), now))
                                .thenReturn(1)))
                .reduce(0, Integer::sum);
    }
}
