package org.exportalliance.portal.logistics.itinerary;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for itinerary items. A firm's reads bind its firm id ({@code firm} null means staff, who see all): it sees its
 * own items, and the delegation-wide ones only while its application holds a place (approved or accepted). Changes
 * bind the owner: {@code firm_id is null} for staff, the firm's id for a firm.
 */
@Repository
class ItineraryRepository {

    private static final String COLUMNS = "i.id, i.delegation_id, i.firm_id, i.kind, i.title, i.starts_at, i.ends_at, "
            + "i.start_zone, i.end_zone, i.location, i.details, i.updated_at, i.version";
    /** The firm {@code :firm} takes part in the item's delegation. */
    private static final String TAKES_PART = "exists (select 1 from delegation_application a "
            + "where a.delegation_id = i.delegation_id and a.firm_id = :firm and takes_part(a.status))";
    private static final String VISIBLE_TO_FIRM = " and (i.firm_id = :firm or (i.firm_id is null and " + TAKES_PART
            + "))";

    private final DatabaseClient db;

    ItineraryRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<ItineraryItem> list(UUID delegationId, @Nullable UUID firm) {
        return db.sql("select " + COLUMNS + " from itinerary_item i where i.delegation_id = :delegation"
                        + (firm == null ? "" : VISIBLE_TO_FIRM) + " order by i.starts_at, i.ends_at, i.id")
                .bind("delegation", delegationId)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(ItineraryRepository::read).all();
    }

    Mono<ItineraryItem> find(UUID id, @Nullable UUID firm) {
        return db.sql("select " + COLUMNS + " from itinerary_item i where i.id = :id"
                        + (firm == null ? "" : VISIBLE_TO_FIRM))
                .bind("id", id)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(ItineraryRepository::read).one();
    }

    /**
     * A delegation-wide item ({@code firm} null) or the firm's own; the firm's is written only if the firm takes part
     * in the delegation at that moment (empty otherwise).
     */
    Mono<ItineraryItem> insert(UUID id, UUID delegationId, @Nullable UUID firm, ItineraryDraft d, UUID by,
            Instant now) {
        return bindDraft(db.sql("insert into itinerary_item as i (id, delegation_id, firm_id, kind, title, starts_at, "
                        + "ends_at, start_zone, end_zone, location, details, created_by, created_at, updated_at) "
                        + "select :id, :delegation, :owner, :kind, :title, :starts, :ends, :startZone, :endZone, "
                        + ":location, :details, :by, :now, :now"
                        + (firm == null ? "" : " where exists (select 1 from delegation_application a "
                                + "where a.delegation_id = :delegation and a.firm_id = :firm "
                                + "and takes_part(a.status))")
                        + " returning " + COLUMNS), d)
                .bind("id", id).bind("delegation", delegationId)
                .bind("owner", Parameter.fromOrEmpty(firm, UUID.class))
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .bind("by", by).bind("now", utc(now))
                .map(ItineraryRepository::read).one();
    }

    /** Changes the item if the owner named is its owner and it is still at {@code version}; empty otherwise. */
    Mono<ItineraryItem> update(UUID id, @Nullable UUID firm, long version, ItineraryDraft d, Instant now) {
        return bindDraft(db.sql("update itinerary_item i set kind = :kind, title = :title, starts_at = :starts, "
                        + "ends_at = :ends, start_zone = :startZone, end_zone = :endZone, location = :location, "
                        + "details = :details, updated_at = :now, version = version + 1 where i.id = :id "
                        + "and i.version = :version and " + (firm == null ? "i.firm_id is null" : "i.firm_id = :firm")
                        + " returning " + COLUMNS), d)
                .bind("id", id).bind("version", version).bind("now", utc(now))
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(ItineraryRepository::read).one();
    }

    /** Removes the item if the owner named is its owner; false otherwise. */
    Mono<Boolean> delete(UUID id, @Nullable UUID firm) {
        return db.sql("delete from itinerary_item i where i.id = :id and "
                        + (firm == null ? "i.firm_id is null" : "i.firm_id = :firm"))
                .bind("id", id)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    private static DatabaseClient.GenericExecuteSpec bindDraft(DatabaseClient.GenericExecuteSpec spec,
            ItineraryDraft d) {
        ZoneId startZone = ZoneId.of(d.timeZone().strip());
        ZoneId endZone = ZoneId.of(d.effectiveEndZone());
        return spec.bind("kind", d.kind().name())
                .bind("title", d.title().strip())
                .bind("starts", utc(ZonedDateTime.of(d.start(), startZone).toInstant()))
                .bind("ends", utc(ZonedDateTime.of(d.end(), endZone).toInstant()))
                .bind("startZone", startZone.getId())
                .bind("endZone", endZone.getId())
                .bind("location", d.location() == null ? "" : d.location().strip())
                .bind("details", d.details() == null ? "" : d.details().strip());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ItineraryItem read(Readable row) {
        return new ItineraryItem(row.get("id", UUID.class), row.get("delegation_id", UUID.class),
                row.get("firm_id", UUID.class), ItineraryKind.valueOf(row.get("kind", String.class)),
                row.get("title", String.class), row.get("starts_at", OffsetDateTime.class).toInstant(),
                ZoneId.of(row.get("start_zone", String.class)), row.get("ends_at", OffsetDateTime.class).toInstant(),
                ZoneId.of(row.get("end_zone", String.class)), row.get("location", String.class),
                row.get("details", String.class), row.get("updated_at", OffsetDateTime.class).toInstant(),
                row.get("version", Long.class));
    }
}
