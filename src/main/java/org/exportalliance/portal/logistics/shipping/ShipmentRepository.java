package org.exportalliance.portal.logistics.shipping;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for exhibit shipments. Reads of a firm bind its firm id ({@code firm} null means staff), so another firm's
 * exhibit is simply not found. A milestone moves the shipment only from exactly the stage before it, and only while
 * the exhibit's application holds a place; the history table's keys and CHECK keep the order as well.
 */
@Repository
class ShipmentRepository {

    private static final String SELECT = """
            select e.id as exhibit_id, e.application_id, a.delegation_id, a.firm_id, e.position, e.machine, \
            e.weight_kg, e.volume_m3, takes_part(a.status) as placed, s.stage, coalesce(s.version, 0) as version, \
            coalesce((select json_agg(json_build_object('milestone', m.milestone, \
            'recordedAt', to_char(m.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), \
            'recordedBy', m.recorded_by, 'recordedByName', u.display_name, 'reference', m.reference) \
            order by array_position(array['BOOKED', 'AT_PORT', 'CUSTOMS_CLEARED', 'AT_BOOTH'], m.milestone)) \
            from exhibit_milestone m join app_user u on u.id = m.recorded_by where m.exhibit_id = e.id), '[]')::text \
            as milestones \
            from application_exhibit e join delegation_application a on a.id = e.application_id \
            left join exhibit_shipment s on s.exhibit_id = e.id\s""";
    private static final TypeReference<List<Row>> MILESTONES = new TypeReference<>() {};

    /** A milestone as the query's JSON spells it. */
    record Row(String milestone, String recordedAt, UUID recordedBy, String recordedByName, String reference) {}

    /** A shipment and whether its application holds a place (only then is it shipped). */
    record Found(Shipment shipment, boolean placed) {}

    private final DatabaseClient db;
    private final JsonMapper json;

    ShipmentRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The exhibits of the delegation's placed applications, by arrival of the application and position. */
    Flux<Shipment> list(UUID delegationId, @Nullable UUID firm) {
        return db.sql(SELECT + "where a.delegation_id = :delegation and takes_part(a.status)"
                        + (firm == null ? "" : " and a.firm_id = :firm")
                        + " order by a.submitted_at, a.id, e.position")
                .bind("delegation", delegationId)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(row -> read(row).shipment()).all();
    }

    Mono<Found> find(UUID exhibitId, @Nullable UUID firm) {
        return db.sql(SELECT + "where e.id = :id" + (firm == null ? "" : " and a.firm_id = :firm"))
                .bind("id", exhibitId)
                .bindValues(firm == null ? Map.of() : Map.of("firm", firm))
                .map(this::read).one();
    }

    /**
     * Moves the shipment to {@code milestone} from exactly the stage before it (BOOKED: from no shipment at all);
     * false when someone else moved it first or the application no longer holds a place.
     */
    Mono<Boolean> advance(UUID exhibitId, ShippingMilestone milestone, Instant now) {
        String placed = "exists (select 1 from application_exhibit e join delegation_application a "
                + "on a.id = e.application_id where e.id = :id and takes_part(a.status))";
        DatabaseClient.GenericExecuteSpec spec = milestone.previous().isEmpty()
                ? db.sql("insert into exhibit_shipment (exhibit_id, stage, updated_at) select :id, :stage, :now "
                        + "where " + placed + " on conflict (exhibit_id) do nothing")
                : db.sql("update exhibit_shipment set stage = :stage, updated_at = :now, version = version + 1 "
                        + "where exhibit_id = :id and stage = :previous and " + placed)
                        .bind("previous", milestone.previous().get().name());
        return spec.bind("id", exhibitId).bind("stage", milestone.name()).bind("now", utc(now))
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    Mono<Void> recordMilestone(UUID exhibitId, ShippingMilestone milestone, String reference, UUID by, Instant now) {
        return db.sql("insert into exhibit_milestone (exhibit_id, milestone, previous, reference, recorded_at, "
                        + "recorded_by) values (:id, :milestone, :previous, :reference, :now, :by)")
                .bind("id", exhibitId).bind("milestone", milestone.name())
                .bind("previous", org.springframework.r2dbc.core.Parameter.fromOrEmpty(
                        milestone.previous().map(Enum::name).orElse(null), String.class))
                .bind("reference", reference).bind("now", utc(now)).bind("by", by)
                .then();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Found read(Readable row) {
        String stage = row.get("stage", String.class);
        List<MilestoneRecord> milestones = json.readValue(row.get("milestones", String.class), MILESTONES).stream()
                .map(r -> new MilestoneRecord(ShippingMilestone.valueOf(r.milestone()), Instant.parse(r.recordedAt()),
                        r.recordedBy(), r.recordedByName(), r.reference()))
                .toList();
        return new Found(new Shipment(row.get("exhibit_id", UUID.class), row.get("application_id", UUID.class),
                row.get("delegation_id", UUID.class), row.get("firm_id", UUID.class),
                row.get("position", Integer.class), row.get("machine", String.class),
                row.get("weight_kg", BigDecimal.class), row.get("volume_m3", BigDecimal.class),
                stage == null ? null : ShippingMilestone.valueOf(stage), milestones, row.get("version", Long.class)),
                Boolean.TRUE.equals(row.get("placed", Boolean.class)));
    }
}
