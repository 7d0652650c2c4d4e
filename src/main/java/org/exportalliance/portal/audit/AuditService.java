package org.exportalliance.portal.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The append-only audit trail: who did what to which subject. Callers record inside their own transaction, so an
 * action and its audit entry commit together.
 */
@Service
public class AuditService {

    private final DatabaseClient db;

    AuditService(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> record(@Nullable UUID actorId, String action, String subjectType, Object subjectId,
            @Nullable String detail) {
        return db.sql("""
                        insert into audit_event (actor_id, action, subject_type, subject_id, detail)
                        values (:actor, :action, :type, :subject, :detail)""")
                .bind("actor", Parameter.fromOrEmpty(actorId, UUID.class))
                .bind("action", action)
                .bind("type", subjectType)
                .bind("subject", subjectId.toString())
                .bind("detail", Parameter.fromOrEmpty(detail, String.class))
                .then();
    }

    public Mono<Long> countFor(String subjectType, Object subjectId) {
        return db.sql("select count(*) from audit_event where subject_type = :type and subject_id = :subject")
                .bind("type", subjectType)
                .bind("subject", subjectId.toString())
                .map(row -> row.get(0, Long.class))
                .one();
    }
}
