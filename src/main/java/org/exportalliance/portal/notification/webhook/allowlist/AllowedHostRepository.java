package org.exportalliance.portal.notification.webhook.allowlist;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the staff's webhook allow-list. */
@Repository
class AllowedHostRepository {

    private static final String COLUMNS = "id, entry, kind, note, added_by, added_at";

    private final DatabaseClient db;

    AllowedHostRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<AllowedHost> all() {
        return db.sql("select " + COLUMNS + " from webhook_allowed_host order by kind, entry")
                .map(AllowedHostRepository::read).all();
    }

    Mono<AllowedHost> find(UUID id) {
        return db.sql("select " + COLUMNS + " from webhook_allowed_host where id = :id").bind("id", id)
                .map(AllowedHostRepository::read).one();
    }

    /** Adds the entry; empty when it is listed already. */
    Mono<AllowedHost> insert(UUID id, String entry, AllowedHost.Kind kind, String note, UUID addedBy, Instant now) {
        return db.sql("insert into webhook_allowed_host (id, entry, kind, note, added_by, added_at) "
                        + "values (:id, :entry, :kind, :note, :by, :now) on conflict (entry) do nothing "
                        + "returning " + COLUMNS)
                .bind("id", id).bind("entry", entry).bind("kind", kind.name()).bind("note", note)
                .bind("by", addedBy).bind("now", now.atOffset(ZoneOffset.UTC))
                .map(AllowedHostRepository::read).one();
    }

    /** Removes the entry and gives it back; empty when there was none. */
    Mono<AllowedHost> delete(UUID id) {
        return db.sql("delete from webhook_allowed_host where id = :id returning " + COLUMNS).bind("id", id)
                .map(AllowedHostRepository::read).one();
    }

    private static AllowedHost read(Readable row) {
        return new AllowedHost(row.get("id", UUID.class), row.get("entry", String.class),
                AllowedHost.Kind.valueOf(row.get("kind", String.class)), row.get("note", String.class),
                row.get("added_by", UUID.class), row.get("added_at", OffsetDateTime.class).toInstant());
    }
}
