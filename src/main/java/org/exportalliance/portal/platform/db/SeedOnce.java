package org.exportalliance.portal.platform.db;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Start-up seeding (demo data) that happens once however many instances start together: one transaction holds a
 * transaction-scoped advisory lock while it asks whether the data is missing and, if so, writes it. Waits for it,
 * as start-up should.
 */
@Component
public class SeedOnce {

    static final Duration LIMIT = Duration.ofMinutes(1);

    private final DatabaseClient db;
    private final AdvisoryLocks locks;
    private final TransactionalOperator tx;

    SeedOnce(DatabaseClient db, AdvisoryLocks locks, TransactionalOperator tx) {
        this.db = db;
        this.locks = locks;
        this.tx = tx;
    }

    /** Runs {@code seed} under advisory lock {@code lock} when {@code missing} says true. */
    public void run(long lock, Mono<Boolean> missing, Supplier<Mono<Void>> seed) {
        Mono<Void> once = locks.await(lock)
                .then(missing)
                .filter(Boolean::booleanValue)
                .flatMap(yes -> seed.get());
        tx.transactional(once).block(LIMIT);
    }

    /**
     * Seeds what belongs to {@code target} when {@code missing} says it is not there yet, under advisory lock
     * {@code lock}; nothing when there is no target. The target is looked up under the lock, so an instance that
     * waited sees what the other one just made.
     */
    public <T> void run(long lock, Mono<T> target, Function<T, Mono<Boolean>> missing,
            Function<T, Mono<Void>> seed) {
        Mono<Void> once = locks.await(lock)
                .then(target)
                .filterWhen(missing)
                .flatMap(seed);
        tx.transactional(once).block(LIMIT);
    }

    /** Whether the query (one boolean column, one row) says true: {@code select not exists (…)}. */
    public Mono<Boolean> check(String sql) {
        return db.sql(sql).map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }
}
