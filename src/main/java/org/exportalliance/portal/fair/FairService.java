package org.exportalliance.portal.fair;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.Changes;
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

    private final FairRepository fairs;
    private final LiveEvents live;
    private final Changes changes;
    private final Clock clock;
    private final Counter created;
    private final TransactionalOperator tx;

    FairService(FairRepository fairs, LiveEvents live, Changes changes, Clock clock, MeterRegistry meters,
            TransactionalOperator tx) {
        this.tx = tx;
        this.fairs = fairs;
        this.live = live;
        this.changes = changes;
        this.clock = clock;
        this.created = meters.counter("portal.fair.creations");
    }

    public Flux<Fair> search(FairFilter filter, FairSort sort, FairPage page) {
        return fairs.search(filter, sort, page, today());
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
