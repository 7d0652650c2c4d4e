package org.exportalliance.portal.delegation;

import static org.exportalliance.portal.delegation.DelegationRepository.utc;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for applications. Every read and change a firm makes binds its firm id ({@code firm} null means staff, who see
 * all), so another firm's application is simply not found.
 */
@Repository
public class ApplicationRepository {

    /** An application's own columns, as {@link #read} reads them. */
    private static final String FIELDS = "id, delegation_id, firm_id, travellers, area_m2, notes, export_score, status, "
            + "waits_for_staff, decision_reason, decided_at, offer_expires_at, submitted_at, version";
    /** Its exhibits as one JSON array, for the application {@code a}. */
    private static final String EXHIBITS_OF_A = "coalesce((select json_agg("
            + "json_build_object('machine', e.machine, 'weightKg', e.weight_kg, 'volumeM3', e.volume_m3) "
            + "order by e.position) from application_exhibit e where e.application_id = a.id), '[]')::text as exhibits";
    /** What {@link #read} reads, of the application {@code a}: a select list, or a {@code returning} list. */
    private static final String ROW = "a." + FIELDS.replace(", ", ", a.") + ", " + EXHIBITS_OF_A;
    private static final String SELECT = "select " + ROW + " from delegation_application a ";
    /**
     * The head of {@code :delegation}'s waitlist: the longest-waiting application that waits for an automatic offer
     * (not one kept for staff's decision).
     */
    private static final String HEAD = headOf(":delegation");

    /** The firm's applications it could still withdraw, in delegations that have not ended. */
    Flux<DelegationApplication> openOfFirm(UUID firmId) {
        return db.sql(SELECT + "join delegation d on d.id = a.delegation_id where a.firm_id = :firm"
                        + " and a.status in ('SUBMITTED', 'APPROVED', 'WAITLISTED', 'OFFERED', 'ACCEPTED')"
                        + " and d.status not in ('DONE', 'CANCELLED') order by a.submitted_at")
                .bind("firm", firmId)
                .map(this::read)
                .all();
    }

    /** The head of a waitlist and how many times it was passed over. */
    record Head(UUID id, int passedOver) {}

    /** {@link #HEAD} for the delegation {@code delegation} names (a parameter, or a column of an outer query). */
    static String headOf(String delegation) {
        return "select id, passed_over from delegation_application where delegation_id = " + delegation
                + " and status = 'WAITLISTED' and not waits_for_staff order by submitted_at, id limit 1";
    }

    private static final TypeReference<List<Exhibit>> EXHIBITS = new TypeReference<>() {};

    private final DatabaseClient db;
    private final JsonMapper json;

    ApplicationRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Inserts the application in {@code status} (SUBMITTED, or as decided on arrival with {@code reason}; one that
     * holds a place leaves its capacity for the caller to take) with its exhibits, and reads it back, in one
     * statement: the exhibits come from what was inserted (the statement's own snapshot would not show them to a read
     * of the table).
     */
    Mono<DelegationApplication> insert(UUID id, UUID delegationId, UUID firmId, UUID submittedBy, ApplicationDraft a,
            ApplicationStatus status, @Nullable String reason, Instant now) {
        boolean decided = status != ApplicationStatus.SUBMITTED;
        return db.sql("with app as (insert into delegation_application (id, delegation_id, firm_id, submitted_by, "
                        + "travellers, area_m2, notes, status, holds_capacity, decision_reason, decided_at, "
                        + "submitted_at, updated_at) values (:id, :delegation, :firm, :by, :travellers, :area, :notes, "
                        + ":status, :holds, :reason, :decided, :now, :now) returning " + FIELDS + "), "
                        + "ex as (insert into application_exhibit (application_id, position, machine, weight_kg, "
                        + "volume_m3) select app.id, e.n - 1, e.machine, e.weight, e.volume from app, "
                        + ExhibitArrays.UNNEST + " returning position, machine, weight_kg, volume_m3) "
                        + "select app.*, coalesce((select json_agg(json_build_object('machine', ex.machine, "
                        + "'weightKg', ex.weight_kg, 'volumeM3', ex.volume_m3) order by ex.position) from ex), "
                        + "'[]')::text as exhibits from app")
                .bind("id", id).bind("delegation", delegationId).bind("firm", firmId).bind("by", submittedBy)
                .bind("travellers", a.travellers()).bind("area", a.areaM2())
                .bind("notes", a.notes() == null ? "" : a.notes().strip())
                .bind("status", status.name()).bind("holds", status.holdsPlace())
                .bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .bind("decided", Parameter.fromOrEmpty(decided ? utc(now) : null, OffsetDateTime.class))
                .bind("now", utc(now))
                .bindValues(ExhibitArrays.of(a))
                .map(this::read).one();
    }

    private Mono<Void> insertExhibits(UUID id, ApplicationDraft a) {
        return db.sql("insert into application_exhibit (application_id, position, machine, weight_kg, volume_m3) "
                        + "select :id, e.n - 1, e.machine, e.weight, e.volume from " + ExhibitArrays.UNNEST)
                .bind("id", id)
                .bindValues(ExhibitArrays.of(a))
                .then();
    }

    /** One application; {@code firm} restricts it to that firm's own. */
    Mono<DelegationApplication> find(UUID id, @Nullable UUID firm) {
        return db.sql(SELECT + "where a.id = :id" + (firm == null ? "" : " and a.firm_id = :firm"))
                .bind("id", id)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(this::read).one();
    }

    /** A delegation's applications in arrival order; {@code firm} restricts them to that firm's own. */
    public Flux<DelegationApplication> findByDelegation(UUID delegationId, @Nullable UUID firm) {
        return db.sql(SELECT + "where a.delegation_id = :delegation" + (firm == null ? "" : " and a.firm_id = :firm")
                        + " order by a.submitted_at, a.id")
                .bind("delegation", delegationId)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(this::read).all();
    }

    /**
     * Moves an application from one of {@code from} to {@code to}, recording the decision; empty when it was not in
     * such a state (decided or withdrawn meanwhile). {@code firm} restricts the change to that firm's own. The move
     * does not touch the delegation's counters: the caller settles them in the same transaction (the commit is
     * refused otherwise, see V18).
     */
    Mono<DelegationApplication> move(UUID id, @Nullable UUID firm, Set<ApplicationStatus> from, ApplicationStatus to,
            @Nullable String reason, @Nullable UUID decidedBy, Instant now) {
        return move(id, firm, from, to, reason, decidedBy, now, null, false);
    }

    /**
     * As {@link #move}, with the expiry of an offered place ({@code to} = OFFERED), and whether a waitlisted
     * application waits for staff's next decision rather than for an automatic offer ({@code to} = WAITLISTED).
     */
    Mono<DelegationApplication> move(UUID id, @Nullable UUID firm, Set<ApplicationStatus> from, ApplicationStatus to,
            @Nullable String reason, @Nullable UUID decidedBy, Instant now, @Nullable Instant offerExpires,
            boolean waitsForStaff) {
        boolean holds = to.holdsPlace();
        return db.sql("update delegation_application a set status = :to, holds_capacity = :holds, "
                        + "waits_for_staff = :waits, "
                        + "decision_reason = :reason, decided_by = :by, decided_at = :now, updated_at = :now, "
                        + "offer_expires_at = :expires, version = version + 1 where a.id = :id "
                        + "and a.status = any(:from)" + (firm == null ? "" : " and a.firm_id = :firm")
                        + " returning " + ROW)
                .bind("to", to.name()).bind("holds", holds)
                .bind("waits", waitsForStaff && to == ApplicationStatus.WAITLISTED)
                .bind("expires", Parameter.fromOrEmpty(offerExpires == null ? null : utc(offerExpires),
                        OffsetDateTime.class))
                .bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .bind("by", Parameter.fromOrEmpty(decidedBy, UUID.class))
                .bind("now", utc(now)).bind("id", id)
                .bind("from", from.stream().map(Enum::name).toArray(String[]::new))
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(this::read).one();
    }

    /**
     * The longest-waiting application that fits the remaining room; a later one only while the head of the waitlist
     * has been passed over fewer than {@code maxPassOvers} times (after that, freed room waits for the head).
     * Applications kept for staff's decision are not offered.
     */
    Mono<DelegationApplication> nextWaiting(UUID delegationId, Capacity remaining, int maxPassOvers) {
        return db.sql("with head as (" + HEAD + ") " + SELECT + "cross join head "
                        + "where a.delegation_id = :delegation and a.status = 'WAITLISTED' and not a.waits_for_staff "
                        + "and a.area_m2 <= :area and a.travellers <= :seats and :slots >= 1 "
                        + "and (a.id = head.id or head.passed_over < :maxPassOvers) "
                        + "order by a.submitted_at, a.id limit 1")
                .bind("delegation", delegationId).bind("area", remaining.areaM2()).bind("seats", remaining.seats())
                .bind("slots", remaining.slots()).bind("maxPassOvers", maxPassOvers)
                .map(this::read).one();
    }

    /** The head of the delegation's waitlist; empty when nobody waits for an automatic offer. */
    Mono<Head> head(UUID delegationId) {
        return db.sql(HEAD).bind("delegation", delegationId)
                .map(row -> new Head(row.get("id", UUID.class), row.get("passed_over", Short.class).intValue()))
                .one();
    }

    /** Counts one more pass-over for the application that was the head when a place went to a later one. */
    Mono<Void> passOver(UUID head) {
        return db.sql("update delegation_application set passed_over = passed_over + 1 where id = :id")
                .bind("id", head)
                .then();
    }

    /** Replaces a pending application's request; empty when it is not the firm's or no longer pending. */
    Mono<DelegationApplication> replaceRequest(UUID id, UUID firm, ApplicationDraft a, Instant now) {
        return db.sql("update delegation_application set travellers = :travellers, area_m2 = :area, notes = :notes, "
                        + "updated_at = :now, version = version + 1 where id = :id and firm_id = :firm "
                        + "and status in ('SUBMITTED', 'WAITLISTED')")
                .bind("travellers", a.travellers()).bind("area", a.areaM2())
                .bind("notes", a.notes() == null ? "" : a.notes().strip())
                .bind("now", utc(now)).bind("id", id).bind("firm", firm)
                .fetch().rowsUpdated()
                .filter(n -> n == 1)
                .flatMap(n -> db.sql("delete from application_exhibit where application_id = :id").bind("id", id)
                        .then()
                        .then(insertExhibits(id, a))
                        .then(find(id, null)));
    }

    /**
     * Offers whose time ran out, oldest first. Those of a delegation that is DONE or cancelled are left as they are:
     * its applications no longer change.
     */
    Flux<DelegationApplication> offersDue(Instant now, int limit) {
        return db.sql(SELECT + "where a.status = 'OFFERED' and a.offer_expires_at <= :now and exists ("
                        + "select 1 from delegation d where d.id = a.delegation_id and d.status not in ('DONE', "
                        + "'CANCELLED')) order by a.offer_expires_at, a.id limit :limit")
                .bind("now", utc(now)).bind("limit", limit)
                .map(this::read).all();
    }

    private DelegationApplication read(Readable row) {
        String exhibits = row.get("exhibits", String.class);
        OffsetDateTime decided = row.get("decided_at", OffsetDateTime.class);
        OffsetDateTime expires = row.get("offer_expires_at", OffsetDateTime.class);
        Short score = row.get("export_score", Short.class);
        return new DelegationApplication(
                row.get("id", UUID.class),
                row.get("delegation_id", UUID.class),
                row.get("firm_id", UUID.class),
                row.get("travellers", Integer.class),
                row.get("area_m2", BigDecimal.class),
                exhibits == null ? List.of() : json.readValue(exhibits, EXHIBITS),
                row.get("notes", String.class),
                score == null ? null : score.intValue(),
                ApplicationStatus.valueOf(row.get("status", String.class)),
                Boolean.TRUE.equals(row.get("waits_for_staff", Boolean.class)),
                row.get("decision_reason", String.class),
                decided == null ? null : decided.toInstant(),
                expires == null ? null : expires.toInstant(),
                row.get("submitted_at", OffsetDateTime.class).toInstant(),
                row.get("version", Long.class));
    }
}
