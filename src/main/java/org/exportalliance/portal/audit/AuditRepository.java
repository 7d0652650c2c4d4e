package org.exportalliance.portal.audit;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.exportalliance.portal.platform.db.replica.LagTolerantReads;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for the audit trail. Reads join the actor and their firm (a left join: the portal itself acts without a user),
 * newest first on (at, id); actions compare under the "C" collation, as the index on them is built (V13).
 */
@Repository
class AuditRepository {

    private static final String SELECT = """
            select e.id, e.at, e.action, e.subject_type, e.subject_id, e.detail,
                   u.id as user_id, u.username, u.display_name, f.id as firm_id, f.name_zh, f.name_en
              from audit_event e
              left join app_user u on u.id = e.actor_id
              left join firm f on f.id = u.firm_id
             where true""";

    private final DatabaseClient db;
    /** The trail's searches and exports may lag the latest entry by a moment (decision 34). */
    private final LagTolerantReads reads;
    private final LiveEvents live;

    AuditRepository(DatabaseClient db, LagTolerantReads reads, LiveEvents live) {
        this.db = db;
        this.reads = reads;
        this.live = live;
    }

    private static final String INSERT = """
            insert into audit_event (actor_id, action, subject_type, subject_id, detail)
            values (:actor, :action, :type, :subject, :detail)""";

    Mono<Void> insert(@Nullable UUID actorId, String action, String subjectType, String subjectId,
            @Nullable String detail) {
        return bound(db.sql(INSERT), actorId, action, subjectType, subjectId, detail).then();
    }

    /** As {@link #insert}, and announces {@code topic}/{@code id} in the same statement (one round trip). */
    Mono<Void> insertAnnouncing(@Nullable UUID actorId, String action, String subjectType, String subjectId,
            @Nullable String detail, String topic, Object id) {
        return live.publishAlong(List.of(INSERT),
                spec -> bound(spec, actorId, action, subjectType, subjectId, detail), topic, List.of(id));
    }

    private static DatabaseClient.GenericExecuteSpec bound(DatabaseClient.GenericExecuteSpec spec,
            @Nullable UUID actorId, String action, String subjectType, String subjectId, @Nullable String detail) {
        return spec.bind("actor", Parameter.fromOrEmpty(actorId, UUID.class))
                .bind("action", action)
                .bind("type", subjectType)
                .bind("subject", subjectId)
                .bind("detail", Parameter.fromOrEmpty(detail, String.class));
    }

    Mono<Long> countFor(String subjectType, String subjectId) {
        return db.sql("select count(*) from audit_event where subject_type = :type and subject_id = :subject")
                .bind("type", subjectType)
                .bind("subject", subjectId)
                .map(row -> row.get(0, Long.class))
                .one();
    }

    /**
     * Entries matching {@code filter}, newest first: those strictly older than {@code after} when given, else from
     * {@code offset}. Dates are days in {@code zone}: [from 00:00, the day after {@code to} 00:00).
     */
    Flux<AuditEntry> search(AuditFilter filter, ZoneId zone, @Nullable AuditCursor after, int offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        String family = filter.actionFamily();
        if (family != null) {
            sql.append(" and e.action collate \"C\" like :action");
            params.put("action", escapeLike(family) + "%");
        } else if (filter.action() != null) {
            sql.append(" and e.action collate \"C\" = :action");
            params.put("action", filter.action());
        }
        if (filter.subjectType() != null) {
            sql.append(" and e.subject_type = :subjectType");
            params.put("subjectType", filter.subjectType());
        }
        if (filter.subjectId() != null) {
            sql.append(" and e.subject_id = :subjectId");
            params.put("subjectId", filter.subjectId());
        }
        if (filter.actor() != null) {
            sql.append(" and u.username = :username");
            params.put("username", filter.actor());
        }
        if (filter.from() != null) {
            sql.append(" and e.at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and e.at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.text() != null) {
            sql.append(" and e.detail ilike :text");
            params.put("text", "%" + escapeLike(filter.text()) + "%");
        }
        if (after != null) {
            sql.append(" and (e.at, e.id) < (:afterAt, :afterId)");
            params.put("afterAt", after.at().atOffset(ZoneOffset.UTC));
            params.put("afterId", after.id());
        }
        sql.append(" order by e.at desc, e.id desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return reads.many(db -> {
            DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString());
            for (Map.Entry<String, Object> p : params.entrySet()) {
                spec = spec.bind(p.getKey(), p.getValue());
            }
            return spec.map(AuditRepository::read).all();
        });
    }

    /**
     * Every action code in the trail, in order. A skip scan over the action index: one index probe per distinct code
     * rather than reading every entry.
     */
    Flux<String> distinctActions() {
        return reads.many(db -> db.sql("""
                        with recursive code(action) as (
                            (select action collate "C" from audit_event order by action collate "C" limit 1)
                            union all
                            select (select e.action collate "C" from audit_event e
                                     where e.action collate "C" > code.action
                                     order by e.action collate "C" limit 1)
                              from code where code.action is not null)
                        select action from code where action is not null""")
                .map(row -> row.get("action", String.class))
                .all());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry read(Readable row) {
        UUID userId = row.get("user_id", UUID.class);
        AuditActor actor = userId == null ? null : new AuditActor(userId, row.get("username", String.class),
                row.get("display_name", String.class), row.get("firm_id", UUID.class), row.get("name_zh", String.class),
                row.get("name_en", String.class));
        return new AuditEntry(
                row.get("id", Long.class),
                row.get("at", OffsetDateTime.class).toInstant(),
                actor,
                row.get("action", String.class),
                row.get("subject_type", String.class),
                row.get("subject_id", String.class),
                row.get("detail", String.class));
    }
}
