package org.exportalliance.portal.fair;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
import org.exportalliance.portal.platform.live.LiveCache;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The fair catalogue. Everybody in the alliance reads it; staff create, edit and cancel fairs. Every change is
 * audited and published as a live event in the same transaction.
 */
@Service
public class FairService {

    public static final String TOPIC = "fair";
    /** Rows of catalogue pages kept at most (about 1 kB each), whatever the mix of filters and page sizes. */
    public static final long KEPT_ROWS = 20_000;

    private final FairRepository fairs;
    private final LiveEvents live;
    private final Changes changes;
    private final Clock clock;
    private final Counter created;
    private final TransactionalOperator tx;
    private final LiveCache<Search, List<Fair>> pages;

    /** One question to the catalogue; the day is part of it because "upcoming" depends on it. */
    private record Search(FairFilter filter, FairSort sort, FairPage page, LocalDate today) {}

    FairService(FairRepository fairs, LiveEvents live, Changes changes, Clock clock, MeterRegistry meters,
            TransactionalOperator tx) {
        this.tx = tx;
        this.fairs = fairs;
        this.live = live;
        this.changes = changes;
        this.clock = clock;
        this.created = meters.counter("portal.fair.creations");
        this.pages = new LiveCache<>(live, TOPIC, KEPT_ROWS, search -> search.page().limit(),
                search -> fairs.search(search.filter(), search.sort(), search.page(), search.today()).collectList());
    }

    /**
     * A page of the catalogue. Everybody sees the same catalogue, so each instance keeps the pages asked for until a
     * fair changes (on any instance): the API's and every open catalogue's reads of the same page share one query.
     */
    public Flux<Fair> search(FairFilter filter, FairSort sort, FairPage page) {
        return pages.get(new Search(filter, sort, page, today())).flatMapIterable(rows -> rows);
    }

    public Mono<Fair> find(UUID id) {
        return fairs.findById(id).switchIfEmpty(Mono.error(FairNotFound::new));
    }

    public Mono<Fair> create(Actor actor, FairDraft draft) {
        FairDraft d = draft.normalised();
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(FairRules.check(d)))
                .then(Mono.defer(() -> fairs.insert(UUID.randomUUID(), d, actor.userId(), now())))
                .onErrorMap(DuplicateKeyException.class, e -> new FairAlreadyExists())
                .flatMap(fair -> changed(actor, "fair.created", fair))
                .doOnSuccess(fair -> created.increment()));
    }

    public Mono<Fair> update(Actor actor, UUID id, long expectedVersion, FairDraft draft) {
        FairDraft d = draft.normalised();
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(FairRules.check(d)))
                .then(Mono.defer(() -> fairs.update(id, expectedVersion, d, now())))
                .onErrorMap(DuplicateKeyException.class, e -> new FairAlreadyExists())
                .switchIfEmpty(Mono.defer(() -> whyNotUpdated(id)))
                .flatMap(fair -> changed(actor, "fair.updated", fair)));
    }

    public Mono<Fair> cancel(Actor actor, UUID id, long expectedVersion, @Nullable String reason) {
        return tx.transactional(Checks.staffOnly(actor)
                .then(Checks.valid(FairRules.checkCancelReason(reason)))
                .then(Mono.defer(() -> fairs.cancel(id, expectedVersion, reason.strip(), now())))
                .switchIfEmpty(Mono.defer(() -> whyNotCancelled(id)))
                .flatMap(fair -> changed(actor, "fair.cancelled", fair)));
    }

    /** Ids of fairs as they change on any instance, plus resync signals. */
    public Flux<LiveEvent> changes() {
        return live.stream(TOPIC);
    }

    public Mono<Long> count() {
        return fairs.count();
    }

    private Mono<Fair> changed(Actor actor, String action, Fair fair) {
        return changes.record(actor.userId(), action, TOPIC, fair.id(), fair.nameEn()).thenReturn(fair);
    }

    private Mono<Fair> whyNotUpdated(UUID id) {
        return fairs.findById(id).flatMap(existing -> Mono.<Fair>error(new ChangedConcurrently()))
                .switchIfEmpty(Mono.error(FairNotFound::new));
    }

    private Mono<Fair> whyNotCancelled(UUID id) {
        return fairs.findById(id)
                .flatMap(existing -> Mono.<Fair>error(existing.isCancelled() ? new FairAlreadyCancelled()
                        : new ChangedConcurrently()))
                .switchIfEmpty(Mono.error(FairNotFound::new));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
