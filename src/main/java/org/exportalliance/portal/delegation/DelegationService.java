package org.exportalliance.portal.delegation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairNotFound;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.live.LiveCache;
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
 * Delegations and the applications to join them. Staff set up delegations and move them through their states;
 * firms apply, and under FIFO each application is decided as it arrives. Capacity changes only through the
 * repository's conditional updates, inside the same transaction as the application's new state, its audit entry and
 * its live event.
 *
 * <p>Every change to which applications hold a delegation's places follows one order: lock the delegation's row
 * ({@link DelegationRepository#lock}), read the application again, move it from exactly the state just read, then
 * take or free its capacity, then offer what is free to the waitlist. So such changes to one delegation happen one at
 * a time, always lock the same rows in the same order (no deadlocks), and each sees the places as they are. The
 * database checks the result at commit (V18): the counters equal what the applications hold. The applications' moves
 * are {@link ApplicationMoves}.
 */
@Service
public class DelegationService {

    public static final String TOPIC = "delegation";

    /** The most delegations one {@link #page} returns. */
    public static final int MAX_PAGE = 500;
    /** The most rows of pages each instance keeps between two changes. */
    static final int KEPT_ROWS = 10_000;

    /** One page of the list, as the lazy lists ask for it. */
    private record Page(int offset, int limit) {}

    private final DelegationRepository delegations;
    private final ApplicationRepository applications;
    private final ApplicationMoves moves;
    private final FairService fairs;
    private final LiveEvents live;
    private final DelegationNews news;
    private final WaitlistOffers offers;
    private final Clock clock;
    private final TransactionalOperator tx;
    private final LiveCache<Page, List<Delegation>> pages;
    /** One answer, but a {@code LiveCache} rather than a {@code LiveSnapshot}: every open list asks at once after a
     *  change, and the cache lets them share one read. */
    private final LiveCache<Boolean, Long> count;

    DelegationService(DelegationRepository delegations, ApplicationRepository applications, ApplicationMoves moves,
            FairService fairs, LiveEvents live, DelegationNews news, WaitlistOffers offers, Clock clock,
            TransactionalOperator tx) {
        this.tx = tx;
        this.delegations = delegations;
        this.applications = applications;
        this.moves = moves;
        this.fairs = fairs;
        this.live = live;
        this.news = news;
        this.offers = offers;
        this.clock = clock;
        this.pages = new LiveCache<>(live, TOPIC, KEPT_ROWS, Page::limit,
                page -> delegations.page(page.offset(), page.limit()).collectList());
        this.count = new LiveCache<>(live, TOPIC, 1, all -> 1, all -> delegations.count());
    }

    public Flux<Delegation> list(@Nullable DelegationStatus status) {
        return delegations.findAll(status, 500);
    }

    /**
     * A page of all delegations, newest deadline first, as {@code list(null)} orders them: what a lazy list shows
     * without holding every delegation in each session. Each instance keeps the pages asked for until a delegation
     * changes (decision 35), so when a change refreshes every open list, they share one read.
     */
    public Flux<Delegation> page(int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            return Flux.error(new IllegalArgumentException("page out of range"));
        }
        return limit == 0 ? Flux.empty() : pages.get(new Page(offset, limit)).flatMapIterable(rows -> rows);
    }

    /** How many delegations {@link #page} pages through; kept like the pages. */
    public Mono<Long> count() {
        return count.get(Boolean.TRUE);
    }

    public Mono<Delegation> find(UUID id) {
        return delegations.findById(id).switchIfEmpty(Mono.error(DelegationNotFound::new));
    }

    public Mono<Delegation> create(Actor actor, DelegationDraft draft) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(DelegationRules.check(draft)))
                .then(Mono.defer(() -> fairs.find(draft.fairId())))
                .onErrorMap(FairNotFound.class,
                        e -> new InvalidInput(List.of(new FieldProblem("fairId", "delegation.validation.fair"))))
                .filter(fair -> !fair.isCancelled())
                .switchIfEmpty(Mono.error(() -> new InvalidInput(List.of(
                        new FieldProblem("fairId", "delegation.validation.fair-cancelled")))))
                .flatMap(fair -> delegations.insert(UUID.randomUUID(), draft, actor.userId(), now()))
                .flatMap(d -> changed(actor, "delegation.created", d.id(), d.titleEn()).thenReturn(d)));
    }

    /** Moves the delegation to {@code target}; cancelling needs a reason, see the method with one. */
    public Mono<Delegation> moveTo(Actor actor, UUID id, DelegationStatus target) {
        return tx.transactional(moveTo(actor, id, target, null));
    }

    /**
     * Staff move the delegation along its life. Cancelling takes a reason (required, at most 1,000 characters), which
     * the delegation keeps and every firm with a live application reads in its notification and on the page; for
     * the other moves {@code reason} is not used.
     */
    public Mono<Delegation> moveTo(Actor actor, UUID id, DelegationStatus target, @Nullable String reason) {
        boolean cancel = target == DelegationStatus.CANCELLED;
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(cancel ? DelegationRules.checkReason(reason, true) : List.of()))
                .then(find(id))
                .flatMap(d -> d.status().mayMoveTo(target)
                        ? delegations.moveStatus(id, d.status(), target, cancel ? reason.strip() : null, now())
                                .switchIfEmpty(Mono.error(ChangedConcurrently::new))
                        : Mono.error(new IllegalTransition()))
                .flatMap(d -> changed(actor, "delegation.status." + target.name(), id, d.cancelReason())
                        .then(news.tellFirmsOf(d))
                        .thenReturn(d)));
    }

    /** A firm applies; under FIFO the answer (APPROVED or WAITLISTED) is given at once, with its reason. */
    public Mono<DelegationApplication> apply(Actor actor, UUID delegationId, ApplicationDraft draft) {
        return tx.transactional(moves.apply(actor, delegationId, draft));
    }

    /** Staff see every application; a firm sees only its own. */
    public Flux<DelegationApplication> applications(Actor actor, UUID delegationId) {
        return find(delegationId).thenMany(applications.findByDelegation(delegationId, actor.firmScope()));
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
        return applications.find(id, actor.firmScope()).switchIfEmpty(Mono.error(ApplicationNotFound::new));
    }

    /**
     * The firm withdraws its own application; any capacity it held is freed and offered to the waitlist. Not once
     * the delegation is DONE or cancelled ({@link DelegationOver}, {@link DelegationCancelled}).
     */
    public Mono<DelegationApplication> withdraw(Actor actor, UUID applicationId) {
        return tx.transactional(moves.withdraw(actor, applicationId));
    }

    /**
     * Staff approve, waitlist or reject an application, always with a reason, which the firm reads. A staff decision
     * to waitlist is deliberate: the application then waits for staff's next decision, and automatic offers of freed
     * places pass it by (the place it may have freed goes to the others waiting).
     */
    public Mono<DelegationApplication> decide(Actor actor, UUID applicationId, Decision decision,
            @Nullable String reason) {
        return tx.transactional(moves.decide(actor, applicationId, decision, reason));
    }

    /**
     * The firm changes its pending (submitted or waitlisted) application while the delegation is OPEN; the decision
     * it has stays. A smaller request may now fit the room left, and is offered it.
     */
    public Mono<DelegationApplication> edit(Actor actor, UUID applicationId, ApplicationDraft draft) {
        return tx.transactional(moves.edit(actor, applicationId, draft));
    }

    /**
     * Staff change a delegation's capacity, within the bounds of {@link DelegationRules#checkCapacity}; it cannot
     * drop below what approved and offered applications hold. Room that opens up is offered to the waitlist.
     */
    public Mono<Delegation> resize(Actor actor, UUID id, long expectedVersion, Capacity capacity) {
        Instant now = now();
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(DelegationRules.checkCapacity(capacity)))
                .then(Mono.defer(() -> delegations.lock(id)))
                .switchIfEmpty(Mono.error(DelegationNotFound::new))
                .flatMap(DelegationService::notEnded)
                .flatMap(d -> d.version() != expectedVersion ? Mono.error(new ChangedConcurrently())
                        : !capacity.fits(d.used())
                                ? Mono.error(new CapacityBelowHeld())
                                : delegations.resize(id, expectedVersion, capacity, now)
                                        .switchIfEmpty(Mono.error(ChangedConcurrently::new)))
                .flatMap(d -> changed(actor, "delegation.resized", id, capacity.toString())
                        .then(offerFreedPlaces(id, now))
                        .then(find(id))));
    }

    /** Lets a delegation through unless it is DONE or cancelled, whose applications no longer change. */
    static Mono<Delegation> notEnded(Delegation d) {
        return switch (d.status()) {
            case CANCELLED -> Mono.error(new DelegationCancelled(d.cancelReason() == null ? "" : d.cancelReason()));
            case DONE -> Mono.error(new DelegationOver());
            default -> Mono.just(d);
        };
    }

    /** Live changes of delegations (capacity, state, applications), by delegation id. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    private Mono<Void> changed(Actor actor, String action, UUID delegationId, @Nullable String detail) {
        return news.changed(actor.userId(), action, delegationId, detail);
    }

    private Mono<Void> offerFreedPlaces(UUID delegationId, Instant now) {
        return offers.offerFreedPlaces(delegationId, now);
    }

    /** The firm accepts a place offered from the waitlist, before the offer expires. */
    public Mono<DelegationApplication> accept(Actor actor, UUID applicationId) {
        return offers.accept(actor, applicationId);
    }

    private Instant now() {
        return clock.instant();
    }
}
