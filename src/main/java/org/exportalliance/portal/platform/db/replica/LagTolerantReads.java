package org.exportalliance.portal.platform.db.replica;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.exportalliance.portal.platform.db.DatabaseOutage;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where a repository runs a read that may be a few seconds behind the latest commit (dashboards, exports, the audit
 * trail: decision 34): on the read replica while {@link ReplicaState} says it is in use, else on the primary. A read
 * that must see the user's own write does not come here. Inside a transaction the read stays on the primary, which
 * holds that transaction's writes.
 *
 * <p>A read that fails on the replica before it delivered anything is run once more on the primary; when the
 * failure says the replica is unreachable, the replica is also set aside until the next check finds it well. Metric:
 * {@code portal.db.replica.reads}, tagged {@code target} primary or replica (a retried read counts on both).
 */
@Component
public class LagTolerantReads {

    private final DatabaseClient primary;
    private final ReplicaConnections replica;
    private final ReplicaState state;
    private final Counter onPrimary;
    private final Counter onReplica;

    LagTolerantReads(DatabaseClient primary, ReplicaConnections replica, ReplicaState state, MeterRegistry meters) {
        this.primary = primary;
        this.replica = replica;
        this.state = state;
        this.onPrimary = reads(meters, "primary");
        this.onReplica = reads(meters, "replica");
    }

    private static Counter reads(MeterRegistry meters, String target) {
        return Counter.builder("portal.db.replica.reads").tag("target", target)
                .description("Lag-tolerant reads by the database they ran on").register(meters);
    }

    /** Runs {@code query} with the client of the database chosen for it. */
    public <T> Flux<T> many(Function<DatabaseClient, Flux<T>> query) {
        DatabaseClient standby = replica.client();
        if (standby == null) {
            return Flux.defer(() -> onPrimary(query));
        }
        return inTransaction().flatMapMany(transaction -> transaction || !state.inUse()
                ? onPrimary(query) : onReplica(standby, query));
    }

    /** {@link #many} for a query of one row at most. */
    public <T> Mono<T> one(Function<DatabaseClient, Mono<T>> query) {
        return many(db -> query.apply(db).flux()).singleOrEmpty();
    }

    private <T> Flux<T> onPrimary(Function<DatabaseClient, Flux<T>> query) {
        onPrimary.increment();
        return query.apply(primary);
    }

    private <T> Flux<T> onReplica(DatabaseClient standby, Function<DatabaseClient, Flux<T>> query) {
        onReplica.increment();
        AtomicBoolean delivered = new AtomicBoolean();
        return query.apply(standby)
                .doOnNext(row -> delivered.set(true))
                .onErrorResume(error -> !delivered.get() && !(error instanceof InvalidInput), error -> {
                    if (DatabaseOutage.isCauseOf(error)) {
                        state.unreachable("a read failed, " + LagCheck.describe(error));
                    }
                    return onPrimary(query);
                });
    }

    private static Mono<Boolean> inTransaction() {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .map(TransactionSynchronizationManager::isActualTransactionActive)
                .onErrorResume(NoTransactionException.class, none -> Mono.just(false));
    }
}
