package org.exportalliance.portal.fair;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.platform.db.AdvisoryLocks;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fills an empty catalogue, as the system rather than as a user (demo data and benchmarks). Runs under an advisory
 * lock so that instances starting together seed once.
 */
@Component
public class FairSeeding {

    private static final long SEED_LOCK = 7_100_002L;
    private final FairRepository fairs;
    private final AdvisoryLocks locks;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final LiveEvents live;

    FairSeeding(FairRepository fairs, AdvisoryLocks locks, TransactionalOperator tx, Clock clock, LiveEvents live) {
        this.live = live;
        this.fairs = fairs;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
    }

    /** Inserts the drafts if the catalogue is empty; emits how many were inserted. */
    public Mono<Integer> seedIfEmpty(List<FairDraft> drafts) {
        Mono<Integer> seed = locks.await(SEED_LOCK)
                .then(fairs.count())
                .flatMap(count -> count > 0 ? Mono.just(0) : insertAll(drafts))
                // Another instance may already keep catalogue pages (FairService): the event tells it to drop them.
                .flatMap(inserted -> inserted == 0 ? Mono.just(0)
                        : live.publish(FairService.TOPIC, "seeded").thenReturn(inserted));
        return tx.transactional(seed);
    }

    private Mono<Integer> insertAll(List<FairDraft> drafts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Flux.fromIterable(drafts)
                .map(FairDraft::normalised)
                .concatMap(d -> fairs.insert(UUID.randomUUID(), d, null, now))
                .count()
                .map(Long::intValue);
    }
}
