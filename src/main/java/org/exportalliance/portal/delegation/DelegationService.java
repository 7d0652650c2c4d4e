package org.exportalliance.portal.delegation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairNotFound;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delegations and the applications to join them. Staff set up delegations and move them through their states;
 * firms apply, and under FIFO each application is decided as it arrives. Capacity changes only through the
 * repository's conditional updates, inside the same transaction as the application's new state, its audit entry and
 * its live event.
 */
@Service
public class DelegationService {

    public static final String TOPIC = "delegation";
    static final String PLACED = AutoReason.of("delegation.reason.fifo-placed");
    static final String FULL = AutoReason.of("delegation.reason.fifo-full");

    private final DelegationRepository delegations;
    private final ApplicationRepository applications;
    private final FairService fairs;
    private final LiveEvents live;
    private final DelegationNews news;
    private final WaitlistOffers offers;
    private final Clock clock;

    DelegationService(DelegationRepository delegations, ApplicationRepository applications, FairService fairs,
            LiveEvents live, DelegationNews news, WaitlistOffers offers, Clock clock) {
        this.delegations = delegations;
        this.applications = applications;
        this.fairs = fairs;
        this.live = live;
        this.news = news;
        this.offers = offers;
        this.clock = clock;
    }

    public Flux<Delegation> list(@Nullable DelegationStatus status) {
        return delegations.findAll(status, 500);
    }

    public Mono<Delegation> find(UUID id) {
        return delegations.findById(id).switchIfEmpty(Mono.error(DelegationNotFound::new));
    }

    @Transactional
    public Mono<Delegation> create(Actor actor, DelegationDraft draft) {
        return Checks.staffOnly(actor)
                .then(Checks.valid(DelegationRules.check(draft)))
                .then(Mono.defer(() -> fairs.find(draft.fairId())))
                .onErrorMap(FairNotFound.class,
                        e -> new InvalidInput(List.of(new FieldProblem("fairId", "delegation.validation.fair"))))
                .filter(fair -> !fair.isCancelled())
                .switchIfEmpty(Mono.error(() -> new InvalidInput(List.of(
                        new FieldProblem("fairId", "delegation.validation.fair-cancelled")))))
                .flatMap(fair -> delegations.insert(UUID.randomUUID(), draft, actor.userId(), now()))
                .flatMap(d -> changed(actor, "delegation.created", d.id(), d.titleEn()).thenReturn(d));
    }

    @Transactional
    public Mono<Delegation> moveTo(Actor actor, UUID id, DelegationStatus target) {
        return Checks.staffOnly(actor)
                .then(find(id))
                .flatMap(d -> d.status().mayMoveTo(target)
                        ? delegations.moveStatus(id, d.status(), target, now())
                                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        : Mono.error(new IllegalTransition()))
                .flatMap(d -> changed(actor, "delegation.status." + target.name(), id, null)
                        .then(news.tellFirmsOf(d))
                        .thenReturn(d));
    }

    /** A firm applies; under FIFO the answer (APPROVED or WAITLISTED) is given at once, with its reason. */
    @Transactional
    public Mono<DelegationApplication> apply(Actor actor, UUID delegationId, ApplicationDraft draft) {
        if (actor.isStaff()) {
            return Mono.error(new FirmsOnly());
        }
        Instant now = now();
        return find(delegationId)
                .flatMap(d -> open(d, now)
                        .then(Checks.valid(DelegationRules.check(draft, d.capacity())))
                        .then(Mono.defer(() -> applications.insert(UUID.randomUUID(), d.id(), actor.firmId(),
                                actor.userId(), draft, now)))
                        .onErrorMap(DuplicateKeyException.class, e -> new AlreadyApplied())
                        .flatMap(application -> d.policy().decidesOnArrival()
                                ? decideOnArrival(application, now)
                                : Mono.just(application)))
                .flatMap(application -> changed(actor, "application." + application.status().name(),
                        application.delegationId(), application.id().toString())
                        .then(tellFirm(application))
                        .thenReturn(application));
    }

    private Mono<DelegationApplication> decideOnArrival(DelegationApplication application, Instant now) {
        Set<ApplicationStatus> submitted = Set.of(ApplicationStatus.SUBMITTED);
        return delegations.take(application.delegationId(), application.request(), now)
                .flatMap(placed -> applications.move(application.id(), null, submitted, ApplicationStatus.APPROVED,
                        PLACED, null, now))
                .switchIfEmpty(Mono.defer(() -> applications.move(application.id(), null, submitted,
                        ApplicationStatus.WAITLISTED, FULL, null, now)));
    }

    /** Staff see every application; a firm sees only its own. */
    public Flux<DelegationApplication> applications(Actor actor, UUID delegationId) {
        return find(delegationId).thenMany(applications.findByDelegation(delegationId, scope(actor)));
    }

    /**
     * Whether the actor sees a delegation's logistics (costs, travellers, checklist…): staff always, a firm's users
     * while their firm's application {@link ApplicationStatus#participates() participates}.
     */
    public Mono<Boolean> takesPart(Actor actor, UUID delegationId) {
        return actor.isStaff() ? Mono.just(true)
                : applications(actor, delegationId).any(a -> a.status().participates());
    }

    public Mono<DelegationApplication> application(Actor actor, UUID id) {
        return applications.find(id, scope(actor)).switchIfEmpty(Mono.error(ApplicationNotFound::new));
    }

    /** The firm withdraws its own application; any capacity it held is freed. */
    @Transactional
    public Mono<DelegationApplication> withdraw(Actor actor, UUID applicationId) {
        Instant now = now();
        return applications.find(applicationId, actor.firmId())
                .switchIfEmpty(Mono.error(ApplicationNotFound::new))
                .flatMap(current -> current.status().withdrawable()
                        ? moveAndSettle(current, ApplicationStatus.WITHDRAWN, null, actor.firmId(), actor.userId(), now)
                        : Mono.error(new ApplicationNotWithdrawable()))
                .flatMap(a -> changed(actor, "application.WITHDRAWN", a.delegationId(), a.id().toString())
                        .then(offerFreedPlaces(a.delegationId(), now))
                        .thenReturn(a));
    }

    /** Staff approve, waitlist or reject an application, always with a reason. */
    @Transactional
    public Mono<DelegationApplication> decide(Actor actor, UUID applicationId, Decision decision,
            @Nullable String reason) {
        Instant now = now();
        ApplicationStatus target = decision.target();
        return Checks.staffOnly(actor)
                .then(Checks.valid(DelegationRules.checkReason(reason, true)))
                .then(Mono.defer(() -> applications.find(applicationId, null)))
                .switchIfEmpty(Mono.error(ApplicationNotFound::new))
                .flatMap(current -> decision.allowedFrom(current.status())
                        ? moveAndSettle(current, target, reason.strip(), null, actor.userId(), now)
                        : Mono.error(new IllegalTransition()))
                .flatMap(a -> changed(actor, "application." + target.name(), a.delegationId(), a.id().toString())
                        .then(tellFirm(a))
                        .then(target == ApplicationStatus.APPROVED ? Mono.empty()
                                : offerFreedPlaces(a.delegationId(), now))
                        .thenReturn(a));
    }

    /** The firm changes its pending (submitted or waitlisted) application; the decision it has stays. */
    @Transactional
    public Mono<DelegationApplication> edit(Actor actor, UUID applicationId, ApplicationDraft draft) {
        Instant now = now();
        return applications.find(applicationId, actor.firmId())
                .switchIfEmpty(Mono.error(ApplicationNotFound::new))
                .flatMap(current -> current.status().editable() ? find(current.delegationId())
                        : Mono.error(new ApplicationNotEditable()))
                .flatMap(d -> Checks.valid(DelegationRules.check(draft, d.capacity()))
                        .then(Mono.defer(() -> applications.replaceRequest(applicationId, actor.firmId(), draft, now)))
                        .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        .flatMap(a -> changed(actor, "application.edited", a.delegationId(), a.id().toString())
                                .then(offerFreedPlaces(a.delegationId(), now))
                                .then(applications.find(a.id(), null))));
    }

    /**
     * Staff change a delegation's capacity; it cannot drop below what approved and offered applications hold. Room
     * that opens up is offered to the waitlist.
     */
    @Transactional
    public Mono<Delegation> resize(Actor actor, UUID id, long expectedVersion, Capacity capacity) {
        Instant now = now();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (capacity.slots() < 1) {
            problems.add(new FieldProblem("firmSlots", "validation.positive"));
        }
        if (capacity.areaM2().signum() <= 0) {
            problems.add(new FieldProblem("areaM2", "validation.positive"));
        }
        if (capacity.seats() < 1) {
            problems.add(new FieldProblem("seats", "validation.positive"));
        }
        return Checks.staffOnly(actor)
                .then(Checks.valid(problems))
                .then(find(id))
                .flatMap(d -> d.used().slots() > capacity.slots()
                        || d.used().areaM2().compareTo(capacity.areaM2()) > 0 || d.used().seats() > capacity.seats()
                        ? Mono.error(new CapacityBelowHeld())
                        : delegations.resize(id, expectedVersion, capacity, now)
                                .switchIfEmpty(Mono.error(ChangedConcurrently::new)))
                .flatMap(d -> changed(actor, "delegation.resized", id, capacity.toString())
                        .then(offerFreedPlaces(id, now))
                        .then(find(id)));
    }

    /**
     * Moves the application from exactly the state it was read in, and takes or frees capacity to match. If anyone
     * changed it meanwhile, nothing happens and the caller hears so.
     */
    private Mono<DelegationApplication> moveAndSettle(DelegationApplication current, ApplicationStatus target,
            @Nullable String reason, @Nullable UUID firm, UUID by, Instant now) {
        boolean heldBefore = current.status().holdsPlace();
        boolean holdsAfter = target.holdsPlace();
        Mono<Void> capacity = heldBefore == holdsAfter ? Mono.empty()
                : holdsAfter
                        ? delegations.take(current.delegationId(), current.request(), now)
                                .switchIfEmpty(Mono.error(NoRoomForApproval::new)).then()
                        : delegations.release(current.delegationId(), current.request(), now).then();
        return applications.move(current.id(), firm, Set.of(current.status()), target, reason, by, now)
                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                .flatMap(moved -> capacity.thenReturn(moved));
    }

    /** Live changes of delegations (capacity, state, applications), by delegation id. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    private Mono<Void> open(Delegation d, Instant now) {
        if (d.status() != DelegationStatus.OPEN) {
            return Mono.error(new DelegationNotOpen());
        }
        return d.acceptsApplicationsAt(now) ? Mono.empty() : Mono.error(new ApplicationWindowClosed());
    }

    private Mono<Void> changed(Actor actor, String action, UUID delegationId, @Nullable String detail) {
        return news.changed(actor.userId(), action, delegationId, detail);
    }

    private Mono<Void> tellFirm(DelegationApplication a) {
        return news.tellFirm(a);
    }

    private Mono<Void> offerFreedPlaces(UUID delegationId, Instant now) {
        return offers.offerFreedPlaces(delegationId, now);
    }

    /** The firm accepts a place offered from the waitlist, before the offer expires. */
    public Mono<DelegationApplication> accept(Actor actor, UUID applicationId) {
        return offers.accept(actor, applicationId);
    }

    private static @Nullable UUID scope(Actor actor) {
        return actor.isStaff() ? null : actor.firmId();
    }



    private Instant now() {
        return clock.instant();
    }
}
