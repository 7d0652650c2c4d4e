package org.exportalliance.portal.platform.db.replica;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The two questions the lag check asks: where the primary's WAL is, and how far the standby has replayed it. */
@Repository
class ReplicationRepository {

    /** Where the standby stands: whether it is one (a promoted server is not), and its replayed WAL position. */
    record Standby(boolean inRecovery, @Nullable Long replayed) {}

    private final DatabaseClient primary;

    ReplicationRepository(DatabaseClient primary) {
        this.primary = primary;
    }

    /**
     * The primary's WAL flushed so far, as a byte position: what standbys can have received. The write position
     * ({@code pg_current_wal_lsn}) may be ahead of what was sent.
     */
    Mono<Long> primaryPosition() {
        return primary.sql("select cast(pg_wal_lsn_diff(pg_current_wal_flush_lsn(), '0/0') as bigint) as position")
                .map(row -> row.get("position", Long.class)).one();
    }

    Mono<Standby> standby(DatabaseClient replica) {
        return replica.sql("""
                        select pg_is_in_recovery() as standby,
                               cast(pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0') as bigint) as replayed""")
                .map(row -> new Standby(Boolean.TRUE.equals(row.get("standby", Boolean.class)),
                        row.get("replayed", Long.class)))
                .one();
    }
}
