package org.exportalliance.portal.request;

import static org.exportalliance.portal.request.RequestRows.COLUMNS;
import static org.exportalliance.portal.request.RequestRows.nullable;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Requests in SQL. Every read carries the scope: staff see all, a firm its own, a unit's members what is dispatched
 * to their unit; so another firm's request is simply not found. Every change is conditional on the version and
 * status read, so two people acting at once never both succeed.
 */
@Repository
class RequestRepository {

    private static final String SCOPE = """
            (cast(:staff as boolean) or r.firm_id = :firm
             or r.unit_id in (select m.unit_id from responder_member m where m.user_id = :user))""";

    private final DatabaseClient db;

    RequestRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(ServiceRequest r) {
        RequestState s = r.state();
        GenericExecuteSpec insert = db.sql("""
                        insert into service_request (id, firm_id, filed_by, category_code, title, description, urgency,
                            priority, status, concerns_kind, concerns_id, filed_at, accept_due_at, updated_at)
                        values (:id, :firm, :by, :category, :title, :description, :urgency, :priority, :status,
                            :concernsKind, :concernsId, :filedAt, :acceptDue, :filedAt)""")
                .bind("id", r.id()).bind("firm", r.firmId()).bind("by", r.filedBy()).bind("category", r.category())
                .bind("title", r.title()).bind("description", r.description()).bind("urgency", r.urgency().name())
                .bind("priority", s.priority().name()).bind("status", s.status().name())
                .bind("filedAt", r.filedAt());
        insert = nullable(insert, "concernsKind", r.concerns() == null ? null : r.concerns().kind().name(),
                String.class);
        insert = nullable(insert, "concernsId", r.concerns() == null ? null : r.concerns().id(), UUID.class);
        return nullable(insert, "acceptDue", s.acceptDueAt(), OffsetDateTime.class).then();
    }

    Mono<ServiceRequest> find(Actor actor, UUID id) {
        return scoped(db.sql("select " + COLUMNS + " from service_request r where r.id = :id and " + SCOPE), actor)
                .bind("id", id).map(RequestRows::request).one();
    }

    /** One request whatever the scope, for the portal's own jobs. */
    Mono<ServiceRequest> find(UUID id) {
        return db.sql("select " + COLUMNS + " from service_request r where r.id = :id").bind("id", id)
                .map(RequestRows::request).one();
    }

    Flux<ServiceRequest> list(Actor actor, RequestFilter filter, int offset, int limit) {
        String order = filter.order() == RequestFilter.Order.DUE
                ? "coalesce(r.accept_due_at, r.take_due_at, r.resolve_due_at, 'infinity'), r.filed_at"
                : "r.filed_at desc, r.id";
        GenericExecuteSpec list = scoped(db.sql("select " + COLUMNS + " from service_request r where " + SCOPE + """
                         and (cardinality(cast(:statuses as text[])) = 0 or r.status = any(cast(:statuses as text[])))
                         and (cast(:unit as uuid) is null or r.unit_id = :unit)
                         and (cast(:category as text) is null or r.category_code = :category)
                         and (cast(:text as text) is null or strpos(lower(r.title), lower(:text)) > 0
                              or 'qh-' || lpad(r.number::text, 6, '0') = lower(:text))
                        order by\s""" + order + " offset :offset limit :limit"), actor)
                .bind("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new))
                .bind("offset", offset).bind("limit", limit);
        list = nullable(list, "unit", filter.unitId(), UUID.class);
        list = nullable(list, "category", filter.category(), String.class);
        return nullable(list, "text", filter.text(), String.class).map(RequestRows::request).all();
    }

    /**
     * Writes the new state of a request whose version and status are those read; empty when somebody else changed
     * it first.
     */
    Mono<Long> save(ServiceRequest before, RequestState after, OffsetDateTime now) {
        return RequestRows.bindState(db.sql("update service_request set " + RequestRows.SET_STATE + """
                                , version = version + 1, updated_at = :now
                                where id = :id and version = :version and status = :from
                                returning version"""), after)
                .bind("now", now).bind("id", before.id()).bind("version", before.version())
                .bind("from", before.status().name())
                .map(row -> row.get("version", Long.class)).one();
    }

    /** A returned request filed again, with its corrected texts. */
    Mono<Long> refile(ServiceRequest before, RequestDraft d, RequestState after, OffsetDateTime now) {
        return RequestRows.bindState(db.sql("update service_request set " + RequestRows.SET_STATE + """
                                , title = :title, description = :description, urgency = :urgency,
                                version = version + 1, updated_at = :now
                                where id = :id and version = :version and status = 'RETURNED'
                                returning version"""), after)
                .bind("title", d.title()).bind("description", d.description())
                .bind("urgency", d.urgency().name()).bind("now", now).bind("id", before.id())
                .bind("version", before.version())
                .map(row -> row.get("version", Long.class)).one();
    }

    /** Requests each unit has in hand (dispatched, in progress or waiting), by unit. */
    Mono<Map<UUID, Long>> openLoad() {
        return db.sql("""
                        select unit_id, count(*) as open from service_request
                        where status in ('DISPATCHED', 'IN_PROGRESS', 'WAITING') group by unit_id""")
                .map(row -> Map.entry(row.get("unit_id", UUID.class), row.get("open", Long.class)))
                .all().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Resolved requests the firm has not confirmed since before {@code before}, for closing on their own. */
    Flux<ServiceRequest> resolvedBefore(OffsetDateTime before) {
        return db.sql("select " + COLUMNS + " from service_request r where r.status = 'RESOLVED'"
                        + " and r.resolved_at < :before order by r.resolved_at")
                .bind("before", before).map(RequestRows::request).all();
    }

    /** Open requests with at least one running clock, for the deadline watch. */
    Flux<ServiceRequest> running() {
        return db.sql("select " + COLUMNS + " from service_request r where r.status in ('SUBMITTED', 'QUEUED',"
                        + " 'DISPATCHED', 'IN_PROGRESS') and (r.accept_due_at is not null or r.take_due_at is not null"
                        + " or r.resolve_due_at is not null) order by r.filed_at")
                .map(RequestRows::request).all();
    }

    /** Records that a clock reached a level in this round; false when it was recorded before (by any instance). */
    Mono<Boolean> alert(UUID request, SlaClock clock, int round, int level, OffsetDateTime now) {
        return db.sql("""
                        insert into request_sla_alert (request_id, clock, round, level, at)
                        values (:request, :clock, :round, :level, :now)
                        on conflict do nothing""")
                .bind("request", request).bind("clock", clock.name()).bind("round", round)
                .bind("level", (short) level).bind("now", now)
                .fetch().rowsUpdated().map(n -> n > 0);
    }

    private static GenericExecuteSpec scoped(GenericExecuteSpec spec, Actor actor) {
        return spec.bind("staff", actor.isStaff()).bind("firm", actor.firmId()).bind("user", actor.userId());
    }
}
