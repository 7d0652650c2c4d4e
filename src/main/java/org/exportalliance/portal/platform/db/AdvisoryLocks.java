package org.exportalliance.portal.platform.db;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Transaction-scoped PostgreSQL advisory locks on a single bigint key, for work that one instance at a time does
 * (scheduled jobs, start-up seeding, the first registrations). Each feature picks its own key; the lock is released
 * when the caller's transaction ends, so these are called inside one.
 */
@Component
public class AdvisoryLocks {

    private final DatabaseClient db;

    public AdvisoryLocks(DatabaseClient db) {
        this.db = db;
    }

    /** Waits for the lock and holds it until the transaction ends. */
    public Mono<Void> await(long key) {
        return db.sql("select pg_advisory_xact_lock(:key)").bind("key", key).then();
    }

    /** Takes the lock if nobody holds it (true), or answers false at once: another instance is doing the work. */
    public Mono<Boolean> tryTake(long key) {
        return db.sql("select pg_try_advisory_xact_lock(:key)").bind("key", key)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }
}
