package org.exportalliance.portal.delegation.pavilion;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.ApplicationNotFound;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The pavilion of a delegation. Staff lay out booths (one by one or a row at a time), edit and remove free ones, and
 * assign each to at most one participating firm (an application that is APPROVED or ACCEPTED); a firm may get
 * several. Every change is audited and announced live on the delegation; a firm hears in-app when it gets or loses a
 * booth ({@link BoothNews}). Everybody sees the layout; a firm sees the firm only on its own booths.
 *
 * <p>Two staff assigning the same booth: each sends the version it read, the conditional update lets the first
 * through and the second is refused ({@link BoothTakenMeanwhile}). The database repeats the assignment rule (the
 * update's EXISTS, a foreign key on application and delegation, a guard trigger) and frees the booths of an
 * application that stops holding a place, whoever changes its status (V6__pavilion.sql).
 */
@Service
public class PavilionService {

    private final PavilionRepository booths;
    private final DelegationService delegations;
    private final BoothNews news;
    private final Clock clock;
    private final TransactionalOperator tx;

    PavilionService(PavilionRepository booths, DelegationService delegations, BoothNews news, Clock clock,
            TransactionalOperator tx) {
        this.tx = tx;
        this.booths = booths;
        this.delegations = delegations;
        this.news = news;
        this.clock = clock;
    }

    /** The whole layout; staff see every booth's firm, a firm only its own (other booths are just "taken"). */
    public Flux<Booth> booths(Actor actor, UUID delegationId) {
        return delegations.find(delegationId).thenMany(booths.findByDelegation(delegationId, actor.firmScope()));
    }

    /**
     * Per participating firm, the area it asked for against the area of its booths (staff: every firm; a firm: its
     * own). These are also the applications a booth may be assigned to.
     */
    public Flux<AreaBalance> balances(Actor actor, UUID delegationId) {
        return delegations.find(delegationId).thenMany(booths.balances(delegationId, actor.firmScope()));
    }

    public Mono<Booth> add(Actor actor, UUID delegationId, BoothDraft draft) {
        BoothDraft d = draft.normalised();
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(PavilionRules.check(d)))
                .then(Mono.defer(() -> delegations.find(delegationId)))
                .flatMap(delegation -> free(delegationId, List.of(d))
                        .then(Mono.defer(() -> booths.insert(UUID.randomUUID(), delegationId, d, clock.instant())))
                        .onErrorMap(DuplicateKeyException.class, e -> duplicate(e, d)))
                .flatMap(booth -> news.added(actor, booth).thenReturn(booth)));
    }

    /** Adds a row of booths ("A, 1–10, 9 m² each"); all of them or, if any number or place is taken, none. */
    public Mono<List<Booth>> addSeries(Actor actor, UUID delegationId, BoothSeries series) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(PavilionRules.check(series)))
                .then(Mono.defer(() -> delegations.find(delegationId)))
                .flatMap(delegation -> {
                    List<BoothDraft> drafts = series.drafts();
                    Instant now = clock.instant();
                    return free(delegationId, drafts)
                            .thenMany(Flux.fromIterable(drafts).concatMap(d -> booths.insert(UUID.randomUUID(),
                                            delegationId, d, now)
                                    .onErrorMap(DuplicateKeyException.class, e -> duplicate(e, d))))
                            .collectList();
                })
                .flatMap(added -> news.seriesAdded(actor, delegationId, added).thenReturn(added)));
    }

    /** Changes number, area, place or note; the assignment stays. */
    public Mono<Booth> edit(Actor actor, UUID boothId, long version, BoothDraft draft) {
        return tx.transactional(
                change(actor, boothId, version, current -> draft, PavilionService::applicationOf, false));
    }

    /** Assigns the booth to a participating application of its delegation (or moves it there from another). */
    public Mono<Booth> assign(Actor actor, UUID boothId, long version, UUID applicationId) {
        return tx.transactional(change(actor, boothId, version, Booth::draft, current -> applicationId, true));
    }

    public Mono<Booth> unassign(Actor actor, UUID boothId, long version) {
        return tx.transactional(change(actor, boothId, version, Booth::draft, current -> null, true));
    }

    /** Replaces every field and the assignee ({@code applicationId} null: free) at once, as the API's PUT does. */
    public Mono<Booth> replace(Actor actor, UUID boothId, long version, BoothDraft draft,
            @Nullable UUID applicationId) {
        return tx.transactional(change(actor, boothId, version, current -> draft, current -> applicationId, true));
    }

    /** Removes a free booth; an assigned one must be unassigned first. */
    public Mono<Void> remove(Actor actor, UUID boothId) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(Mono.defer(() -> booths.find(boothId, null)))
                .switchIfEmpty(Mono.error(BoothNotFound::new))
                .flatMap(booth -> booth.taken() ? Mono.error(new BoothAssigned(booth.label()))
                        : booths.deleteIfFree(boothId)
                                .flatMap(n -> n == 1 ? news.removed(actor, booth)
                                        : Mono.error(new BoothAssigned(booth.label())))));
    }

    /**
     * The one way a booth changes: from the version read, to {@code fields} and the application {@code assignee}
     * names (null: free). A new assignee is checked against the delegation first, for a clear refusal, and again by
     * the conditional update, which also refuses if anyone changed the booth since {@code version}.
     */
    private Mono<Booth> change(Actor actor, UUID boothId, long version, Function<Booth, BoothDraft> fields,
            Function<Booth, @Nullable UUID> assignee, boolean assigning) {
        Instant now = clock.instant();
        return Checks.staffOnly(actor)
                .then(Mono.defer(() -> booths.find(boothId, null)))
                .switchIfEmpty(Mono.error(BoothNotFound::new))
                .flatMap(current -> {
                    BoothDraft d = fields.apply(current).normalised();
                    UUID app = assignee.apply(current);
                    boolean newAssignee = app != null && !app.equals(applicationOf(current));
                    if (current.version() != version) {
                        return Mono.error(stale(current, assigning));
                    }
                    return Checks.valid(PavilionRules.check(d))
                            .then(Mono.defer(() -> !newAssignee ? Mono.empty() : eligible(actor, current, app)))
                            .then(Mono.defer(() -> booths.update(boothId, version, d, app, now)))
                            .onErrorMap(DuplicateKeyException.class, e -> duplicate(e, d))
                            .onErrorMap(e -> e instanceof DataIntegrityViolationException
                                    && !(e instanceof DuplicateKeyException), e -> new AssigneeNotApproved())
                            .switchIfEmpty(Mono.defer(() -> whyNot(boothId, version, assigning)))
                            .flatMap(updated -> news.changed(actor, current, updated).thenReturn(updated));
                });
    }

    private static @Nullable UUID applicationOf(Booth booth) {
        return booth.assignee() == null ? null : booth.assignee().applicationId();
    }

    /** A clear refusal before the update: the application must be this delegation's and hold a place. */
    private Mono<Void> eligible(Actor actor, Booth booth, UUID applicationId) {
        return delegations.application(actor, applicationId)
                .onErrorMap(ApplicationNotFound.class, e -> new AssigneeNotInDelegation())
                .flatMap(a -> !a.delegationId().equals(booth.delegationId()) ? Mono.error(new AssigneeNotInDelegation())
                        : a.status().participates() ? Mono.empty() : Mono.error(new AssigneeNotApproved()));
    }


    /** The conditional update changed nothing: someone changed the booth meanwhile, or the application's status. */
    private Mono<Booth> whyNot(UUID boothId, long version, boolean assigning) {
        return booths.find(boothId, null)
                .switchIfEmpty(Mono.error(BoothNotFound::new))
                .flatMap(now -> Mono.error(now.version() != version ? stale(now, assigning)
                        : new AssigneeNotApproved()));
    }

    private static RuntimeException stale(Booth now, boolean assigning) {
        return assigning && now.taken() ? new BoothTakenMeanwhile(now.label()) : new ChangedConcurrently();
    }

    /** Refuses the first of {@code drafts} whose number or grid place the delegation already has. */
    private Mono<Void> free(UUID delegationId, List<BoothDraft> drafts) {
        return booths.findByDelegation(delegationId, null).collectList().flatMap(existing -> {
            Set<String> labels = new HashSet<>();
            Set<List<Integer>> places = new HashSet<>();
            existing.forEach(b -> {
                labels.add(b.label());
                places.add(List.of(b.row(), b.column()));
            });
            for (BoothDraft d : drafts) {
                if (labels.contains(d.label())) {
                    return Mono.error(new BoothNumberTaken(d.label()));
                }
                if (places.contains(List.of(d.row(), d.column()))) {
                    return Mono.error(new BoothPositionTaken(d.row(), d.column()));
                }
            }
            return Mono.empty();
        });
    }

    /** A unique index refused the change (a concurrent writer got there first): which one, in the user's terms. */
    private static RuntimeException duplicate(DuplicateKeyException e, BoothDraft d) {
        String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
        return message.contains("booth_position_unique")
                ? new BoothPositionTaken(Objects.requireNonNull(d.row()), Objects.requireNonNull(d.column()))
                : new BoothNumberTaken(String.valueOf(d.label()));
    }
}
