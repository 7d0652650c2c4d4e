package org.exportalliance.portal.delegation.pavilion;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for booths. A firm's reads bind its firm id into the join with the applications, so the rows it gets name an
 * assignee only on its own booths; other firms' booths come back as "taken" with no application, firm or note.
 * Assignment is a conditional update: the version read, and an application of the same delegation that holds a place.
 */
@Repository
class PavilionRepository {

    /** {@code %s} is the extra join condition: empty for staff, {@code and a.firm_id = :firm} for a firm. */
    private static final String SELECT = """
            select b.id, b.delegation_id, b.label, b.area_m2, b.grid_row, b.grid_col, b.version,
                   b.application_id is not null as taken,
                   case when b.application_id is null or a.id is not null then b.note else '' end as note,
                   a.id as assignee_application, a.firm_id as assignee_firm, f.name_zh, f.name_en
              from booth b
              left join delegation_application a on a.id = b.application_id %s
              left join firm f on f.id = a.firm_id
            """;

    /** The application named holds a place on the booth's delegation; FOR SHARE holds its status until commit. */
    private static final String ELIGIBLE = """
            exists (select 1 from delegation_application a
                     where a.id = :app and a.delegation_id = booth.delegation_id
                       and takes_part(a.status)
                       for share)""";

    private final DatabaseClient db;

    PavilionRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The delegation's booths by grid position; {@code firm} limits the assignees named to that firm's own. */
    Flux<Booth> findByDelegation(UUID delegationId, @Nullable UUID firm) {
        return db.sql(select(firm) + " where b.delegation_id = :delegation order by b.grid_row, b.grid_col, b.label")
                .bind("delegation", delegationId)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(PavilionRepository::read).all();
    }

    Mono<Booth> find(UUID id, @Nullable UUID firm) {
        return db.sql(select(firm) + " where b.id = :id")
                .bind("id", id)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(PavilionRepository::read).one();
    }

    /** {@code d} is valid and normalised. */
    Mono<Booth> insert(UUID id, UUID delegationId, BoothDraft d, Instant now) {
        return db.sql("insert into booth (id, delegation_id, label, area_m2, grid_row, grid_col, note, created_at, "
                        + "updated_at) values (:id, :delegation, :label, :area, :row, :col, :note, :now, :now)")
                .bind("id", id).bind("delegation", delegationId).bind("label", d.label()).bind("area", d.areaM2())
                .bind("row", d.row()).bind("col", d.column()).bind("note", d.note()).bind("now", utc(now))
                .fetch().rowsUpdated()
                .then(find(id, null));
    }

    /**
     * Replaces the booth's fields and assignee if it still has {@code version} and, when {@code app} is not null, that
     * application holds a place on the booth's delegation. Empty when either condition fails.
     */
    Mono<Booth> update(UUID id, long version, BoothDraft d, @Nullable UUID app, Instant now) {
        String sql = "update booth set label = :label, area_m2 = :area, grid_row = :row, grid_col = :col, "
                + "note = :note, application_id = " + (app == null ? "null" : ":app")
                + ", version = version + 1, updated_at = :now where id = :id and version = :version"
                + (app == null ? "" : " and " + ELIGIBLE);
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql)
                .bind("label", d.label()).bind("area", d.areaM2()).bind("row", d.row()).bind("col", d.column())
                .bind("note", d.note()).bind("now", utc(now)).bind("id", id).bind("version", version);
        if (app != null) {
            spec = spec.bind("app", app);
        }
        return spec.fetch().rowsUpdated().flatMap(n -> n == 1 ? find(id, null) : Mono.empty());
    }

    /** Removes the booth if it is free; the number of rows removed (0 or 1). */
    Mono<Long> deleteIfFree(UUID id) {
        return db.sql("delete from booth where id = :id and application_id is null").bind("id", id)
                .fetch().rowsUpdated();
    }

    /**
     * The participating applications (APPROVED or ACCEPTED) of a delegation with the area they asked for and the area
     * of their booths; {@code firm} limits them to that firm's own.
     */
    Flux<AreaBalance> balances(UUID delegationId, @Nullable UUID firm) {
        return db.sql("""
                        select a.id, a.firm_id, f.name_zh, f.name_en, a.status, a.area_m2,
                               coalesce(sum(b.area_m2), 0) as assigned,
                               coalesce(array_agg(b.label order by b.label) filter (where b.id is not null),
                                        '{}') as booths
                          from delegation_application a
                          join firm f on f.id = a.firm_id
                          left join booth b on b.application_id = a.id
                         where a.delegation_id = :delegation and takes_part(a.status) %s
                         group by a.id, f.id
                         order by f.name_en, a.id""".formatted(firm == null ? "" : "and a.firm_id = :firm"))
                .bind("delegation", delegationId)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(row -> {
                    String[] booths = row.get("booths", String[].class);
                    return new AreaBalance(row.get("id", UUID.class), row.get("firm_id", UUID.class),
                            row.get("name_zh", String.class), row.get("name_en", String.class),
                            ApplicationStatus.valueOf(row.get("status", String.class)),
                            row.get("area_m2", BigDecimal.class), row.get("assigned", BigDecimal.class),
                            booths == null ? List.of() : Arrays.asList(booths));
                })
                .all();
    }

    private static String select(@Nullable UUID firm) {
        return SELECT.formatted(firm == null ? "" : "and a.firm_id = :firm");
    }

    private static Booth read(Readable row) {
        UUID application = row.get("assignee_application", UUID.class);
        Booth.Assignee assignee = application == null ? null : new Booth.Assignee(application,
                row.get("assignee_firm", UUID.class), row.get("name_zh", String.class),
                row.get("name_en", String.class));
        return new Booth(row.get("id", UUID.class), row.get("delegation_id", UUID.class),
                row.get("label", String.class), row.get("area_m2", BigDecimal.class),
                row.get("grid_row", Integer.class), row.get("grid_col", Integer.class), row.get("note", String.class),
                Boolean.TRUE.equals(row.get("taken", Boolean.class)), assignee, row.get("version", Long.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
