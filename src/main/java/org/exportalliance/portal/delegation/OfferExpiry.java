package org.exportalliance.portal.delegation;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.exportalliance.portal.platform.db.AdvisoryLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Expires timed offers from the waitlist on a schedule. Several app instances run this; each run first tries a
 * transaction-scoped advisory lock, so exactly one instance acts at a time and the others skip.
 */
@Component
public class OfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);
    static final long LOCK = 7_200_001L;
    private static final int BATCH = 200;

    private final WaitlistOffers offers;
    private final AdvisoryLocks locks;
    private final TransactionalOperator tx;
    private final MeterRegistry meters;

    OfferExpiry(WaitlistOffers offers, AdvisoryLocks locks, TransactionalOperator tx, MeterRegistry meters) {
        this.offers = offers;
        this.locks = locks;
        this.tx = tx;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${portal.delegation.expiry-check:PT30S}",
            initialDelayString = "${portal.delegation.expiry-initial-delay:PT10S}")
    void onSchedule() {
        Integer expired = run().block(Duration.ofMinutes(1));
        if (expired != null && expired > 0) {
            log.info("Expired {} waitlist offers", expired);
        }
    }

    /** One run: how many offers expired, or -1 when another instance holds the lock. */
    public Mono<Integer> run() {
        Mono<Integer> guarded = locks.tryTake(LOCK)
                .flatMap(acquired -> acquired ? offers.expireDue(BATCH) : Mono.just(-1));
        return tx.transactional(guarded)
                .doOnNext(n -> meters.counter("portal.delegation.expiry.runs", "outcome", n < 0 ? "skipped" : "acted")
                        .increment());
    }
}
