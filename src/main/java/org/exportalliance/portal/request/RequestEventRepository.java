package org.exportalliance.portal.request;

import static org.exportalliance.portal.request.RequestRows.nullable;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A request's history. The firm's reads leave internal notes out in the query, never in a view. */
@Repository
class RequestEventRepository {

    private final DatabaseClient db;

    RequestEventRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<RequestEvent> insert(RequestEvent e) {
        var insert = db.sql("""
                        insert into request_event (id, request_id, at, actor_id, kind, status, body, internal)
                        values (:id, :request, :at, :actor, :kind, :status, :body, :internal)""")
                .bind("id", e.id()).bind("request", e.requestId()).bind("at", e.at()).bind("kind", e.kind().name())
                .bind("internal", e.internal());
        insert = nullable(insert, "actor", e.actorId(), UUID.class);
        insert = nullable(insert, "status", e.status() == null ? null : e.status().name(), String.class);
        return nullable(insert, "body", e.body(), String.class).then().thenReturn(e);
    }

    /** Oldest first; with the internal notes only for {@code internalToo}. */
    Flux<RequestEvent> of(UUID request, boolean internalToo) {
        return db.sql("""
                        select id, request_id, at, actor_id, kind, status, body, internal from request_event
                        where request_id = :request and (cast(:internal as boolean) or not internal)
                        order by at, id""")
                .bind("request", request).bind("internal", internalToo)
                .map(RequestEventRepository::event).all();
    }

    private static RequestEvent event(Readable row) {
        String status = row.get("status", String.class);
        return new RequestEvent(row.get("id", UUID.class), row.get("request_id", UUID.class),
                row.get("at", OffsetDateTime.class), row.get("actor_id", UUID.class),
                RequestEvent.Kind.valueOf(row.get("kind", String.class)),
                status == null ? null : RequestStatus.valueOf(status), row.get("body", String.class),
                Boolean.TRUE.equals(row.get("internal", Boolean.class)));
    }
}
