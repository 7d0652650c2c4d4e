package org.exportalliance.portal.delegation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.FirmRecipients;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An application's moves between states, for {@link DelegationService}, inside its transactions: the firm applies
 * (decided at once under FIFO), edits and withdraws; staff decide. Each move follows the one order the service
 * describes: the delegation's row lock, the application read again, the move from exactly the state read, then the
 * capacity it takes or frees, then the waitlist's offers of what is free.
 */
@Component
class ApplicationMoves {

    static final String PLACED = AutoReason.of("delegation.reason.fifo-placed");
    static final String FULL = AutoReason.of("delegation.reason.fifo-full");
    static final String KEPT_FOR_HEAD = AutoReason.of("delegation.reason.fifo-kept-for-head");

    private final DelegationRepository delegations;
    private final ApplicationRepository applications;
    private final DelegationNews news;
    private final WaitlistOffers offers;
    private final Clock clock;

    ApplicationMoves(DelegationRepository delegations, ApplicationRepository applications, DelegationNews news,
            WaitlistOffers offers, Clock clock) {
        this.delegations = delegations;
        this.applications = applications;
        this.news = news;
        this.offers = offers;
        this.clock = clock;
    }

    Mono<DelegationApplication> apply(Actor actor, UUID delegationId, ApplicationDraft draft) {
        if (actor.isStaff()) {
            return Mono.error(new FirmsOnly());
        }
        Instant now = now();
        // Applications to one delegation take its row lock one after another, so what does not need the lock comes
        // before it (the firm's people, to be told). Then the delegation and its waitlist's head under the lock, in
        // one statement, whatever the policy: what FIFO decides on stays as read until the transaction ends.
        return news.recipientsOf(actor.firmId())
                .flatMap(firm -> delegations.lockWithHead(delegationId)
                        .switchIfEmpty(Mono.error(DelegationNotFound::new))
                        .flatMap(locked -> applyTo(locked.delegation(), locked.head(), firm, actor, draft, now)));
    }

    private Mono<DelegationApplication> applyTo(Delegation d, Optional<ApplicationRepository.Head> head,
            FirmRecipients firm, Actor actor, ApplicationDraft draft, Instant now) {
        return open(d, now)
                .then(Checks.valid(DelegationRules.check(draft, d.capacity())))
                .then(Mono.defer(() -> {
                    Arrival arrival = d.policy().decidesOnArrival() ? decideOnArrival(d, head, draft.request())
                            : Arrival.PENDING;
                    return applications.insert(UUID.randomUUID(), d.id(), actor.firmId(), actor.userId(), draft,
                                    arrival.status(), arrival.reason(), now)
                            .onErrorMap(DuplicateKeyException.class, e -> new AlreadyApplied());
                }))
                .flatMap(application -> application.status() == ApplicationStatus.APPROVED
                        ? offers.take(application, now).then(offers.passedOver(head, application))
                                .thenReturn(application)
                        : Mono.just(application))
                .flatMap(application -> news.changed(actor.userId(),
                                "application." + application.status().name(), application.delegationId(),
                                application.id().toString())
                        .then(news.tellFirm(application, d, firm))
                        .thenReturn(application));
    }

    /** The state a newcomer is inserted in, and the reason it is given (none while it waits for staff). */
    private record Arrival(ApplicationStatus status, @Nullable String reason) {

        static final Arrival PENDING = new Arrival(ApplicationStatus.SUBMITTED, null);
    }

    /**
     * FIFO: the newcomer is placed if it fits the remaining room, under the waitlist's rule: it stands behind the
     * firms already waiting, so being placed while the head of the waitlist does not fit counts as passing the head
     * over, and once the head has been passed over often enough the room is kept for it and the newcomer waits.
     * {@code d} and {@code head} were read under the row lock, so the newcomer is inserted already decided.
     */
    private Arrival decideOnArrival(Delegation d, Optional<ApplicationRepository.Head> head, Capacity request) {
        if (!d.remaining().fits(request)) {
            return new Arrival(ApplicationStatus.WAITLISTED, FULL);
        }
        if (offers.keptForHead(head)) {
            return new Arrival(ApplicationStatus.WAITLISTED, KEPT_FOR_HEAD);
        }
        return new Arrival(ApplicationStatus.APPROVED, PLACED);
    }

    Mono<DelegationApplication> withdraw(Actor actor, UUID applicationId) {
        Instant now = now();
        return underLock(applicationId, actor.firmId(), DelegationService::notEnded)
                .flatMap(current -> current.status().withdrawable()
                        ? moveAndSettle(current, ApplicationStatus.WITHDRAWN, null, actor.firmId(), actor.userId(),
                                now, false)
                        : Mono.error(new ApplicationNotWithdrawable()))
                .flatMap(a -> news.changed(actor.userId(), "application.WITHDRAWN", a.delegationId(),
                                a.id().toString())
                        .then(offers.offerFreedPlaces(a.delegationId(), now))
                        .thenReturn(a));
    }

    Mono<DelegationApplication> decide(Actor actor, UUID applicationId, Decision decision, @Nullable String reason) {
        Instant now = now();
        ApplicationStatus target = decision.target();
        return Checks.staffOnly(actor)
                .then(Checks.valid(DelegationRules.checkReason(reason, true)))
                .then(Mono.defer(() -> underLock(applicationId, null, DelegationService::notEnded)))
                .flatMap(current -> decision.allowedFrom(current.status())
                        ? moveAndSettle(current, target, reason.strip(), null, actor.userId(), now,
                                decision == Decision.WAITLIST)
                        : Mono.error(new IllegalTransition()))
                .flatMap(a -> news.changed(actor.userId(), "application." + target.name(), a.delegationId(),
                                a.id().toString())
                        .then(news.tellFirm(a))
                        .then(target == ApplicationStatus.APPROVED ? Mono.empty()
                                : offers.offerFreedPlaces(a.delegationId(), now))
                        .thenReturn(a));
    }

    Mono<DelegationApplication> edit(Actor actor, UUID applicationId, ApplicationDraft draft) {
        Instant now = now();
        return underLock(applicationId, actor.firmId(),
                        d -> d.status() == DelegationStatus.OPEN ? Mono.just(d) : DelegationService.notEnded(d)
                                .then(Mono.error(new DelegationNotOpen())))
                .flatMap(current -> current.status().editable() ? find(current.delegationId())
                        : Mono.error(new ApplicationNotEditable()))
                .flatMap(d -> Checks.valid(DelegationRules.check(draft, d.capacity()))
                        .then(Mono.defer(() -> applications.replaceRequest(applicationId, actor.firmId(), draft, now)))
                        .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        .flatMap(a -> news.changed(actor.userId(), "application.edited", a.delegationId(),
                                        a.id().toString())
                                .then(offers.offerFreedPlaces(a.delegationId(), now))
                                .then(applications.find(a.id(), null))));
    }

    /**
     * The application as it is now, read again under its delegation's row lock, once {@code allowed} has let the
     * delegation through. {@code firm} restricts it to that firm's own (null: staff).
     */
    private Mono<DelegationApplication> underLock(UUID applicationId, @Nullable UUID firm,
            Function<Delegation, Mono<Delegation>> allowed) {
        return applications.find(applicationId, firm)
                .switchIfEmpty(Mono.error(ApplicationNotFound::new))
                .flatMap(read -> delegations.lock(read.delegationId()))
                .flatMap(allowed)
                .then(Mono.defer(() -> applications.find(applicationId, firm)))
                .switchIfEmpty(Mono.error(ApplicationNotFound::new));
    }

    /**
     * Moves the application from exactly the state it was read in (under the row lock), then takes or frees
     * capacity to match. If anyone changed it meanwhile, nothing happens and the caller hears so; if the capacity
     * cannot be taken, the whole transaction is refused.
     */
    private Mono<DelegationApplication> moveAndSettle(DelegationApplication current, ApplicationStatus target,
            @Nullable String reason, @Nullable UUID firm, UUID by, Instant now, boolean waitsForStaff) {
        boolean heldBefore = current.status().holdsPlace();
        boolean holdsAfter = target.holdsPlace();
        return applications.move(current.id(), firm, Set.of(current.status()), target, reason, by, now, null,
                        waitsForStaff)
                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                .flatMap(moved -> (heldBefore == holdsAfter ? Mono.<Void>empty()
                        : holdsAfter
                                ? delegations.take(moved.delegationId(), moved.request(), now)
                                        .switchIfEmpty(Mono.error(NoRoomForApproval::new)).then()
                                : delegations.release(moved.delegationId(), moved.request(), now).then())
                        .thenReturn(moved));
    }

    private static Mono<Void> open(Delegation d, Instant now) {
        if (d.status() != DelegationStatus.OPEN) {
            return Mono.error(new DelegationNotOpen());
        }
        return d.acceptsApplicationsAt(now) ? Mono.empty() : Mono.error(new ApplicationWindowClosed());
    }

    private Mono<Delegation> find(UUID id) {
        return delegations.findById(id).switchIfEmpty(Mono.error(DelegationNotFound::new));
    }

    private Instant now() {
        return clock.instant();
    }
}
