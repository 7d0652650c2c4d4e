package org.exportalliance.portal.notification.webhook;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for deliveries and their attempts. */
@Repository
class WebhookDeliveryRepository {

    /** A delivery taken for one attempt. */
    record Taken(String id, UUID endpointId, String body, int attempts) {}

    private final DatabaseClient db;

    WebhookDeliveryRepository(DatabaseClient db) {
        this.db = db;
    }

    /** {@link WebhookQueue#ENQUEUE} as a statement of its own, in the caller's transaction. */
    Mono<Long> enqueue(WebhookEvent event) {
        return WebhookQueue.bind(db.sql(WebhookQueue.ENQUEUE), event).fetch().rowsUpdated();
    }

    /**
     * Takes up to {@code limit} due deliveries of enabled endpoints for one attempt: rows another instance is taking
     * are skipped ({@code for update skip locked}), and each taken row's next try moves a lease ahead, so no other
     * instance takes it again while this attempt runs. Should this instance die mid-attempt, the lease runs out and
     * the attempt is made again (receivers drop repeats by {@code webhook-id}).
     */
    Flux<Taken> take(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
        return db.sql("""
                        update webhook_delivery d set next_at = :lease
                        where d.id in (select d2.id from webhook_delivery d2
                                       join webhook_endpoint e on e.id = d2.endpoint_id and e.enabled
                                       where d2.status = 'PENDING' and d2.next_at <= :now
                                       order by d2.next_at, d2.id limit :limit
                                       for update of d2 skip locked)
                        returning d.id, d.endpoint_id, d.body, d.attempts""")
                .bind("now", now).bind("lease", leaseUntil).bind("limit", limit)
                .map(row -> new Taken(row.get("id", String.class), row.get("endpoint_id", UUID.class),
                        row.get("body", String.class), row.get("attempts", Integer.class)))
                .all();
    }

    /**
     * Records an attempt and what follows: the next try ({@code nextAt}) or the end ({@code DELIVERED}/{@code
     * FAILED}); only if nobody recorded this attempt already.
     */
    Mono<Long> attempted(String id, int attempt, OffsetDateTime at, int durationMs, @Nullable Integer statusCode,
            String outcome, @Nullable String error, String status, @Nullable OffsetDateTime nextAt) {
        return db.sql("""
                        with moved as (
                            update webhook_delivery set attempts = :attempt, status = :status, next_at = :next
                            where id = :id and attempts = :attempt - 1
                            returning id)
                        insert into webhook_attempt (delivery_id, attempt, at, duration_ms, status_code, outcome, error)
                        select id, :attempt, :at, :duration, :code, :outcome, :error from moved""")
                .bind("id", id).bind("attempt", attempt).bind("status", status)
                .bind("next", Parameter.fromOrEmpty(nextAt, OffsetDateTime.class)).bind("at", at)
                .bind("duration", durationMs).bind("code", Parameter.fromOrEmpty(statusCode, Integer.class))
                .bind("outcome", outcome).bind("error", Parameter.fromOrEmpty(error, String.class))
                .fetch().rowsUpdated();
    }

    /** "Send again": one more attempt, due now, whatever became of the earlier ones. */
    Mono<Long> again(String id, OffsetDateTime now) {
        return db.sql("update webhook_delivery set status = 'PENDING', next_at = :now where id = :id")
                .bind("id", id).bind("now", now).fetch().rowsUpdated();
    }

    Mono<UUID> endpointOf(String id) {
        return db.sql("select endpoint_id from webhook_delivery where id = :id").bind("id", id)
                .map(row -> row.get(0, UUID.class)).one();
    }

    /** An endpoint's latest deliveries, newest first, without their attempts. */
    Flux<DeliveryRecord> ofEndpoint(UUID endpointId, int limit) {
        return db.sql("select id, endpoint_id, event_type, status, attempts, next_at, created_at "
                        + "from webhook_delivery where endpoint_id = :endpoint order by created_at desc, id "
                        + "limit :limit")
                .bind("endpoint", endpointId).bind("limit", limit)
                .map(WebhookDeliveryRepository::delivery)
                .all();
    }

    private static DeliveryRecord delivery(Readable row) {
        OffsetDateTime next = row.get("next_at", OffsetDateTime.class);
        return new DeliveryRecord(row.get("id", String.class), row.get("endpoint_id", UUID.class),
                row.get("event_type", String.class), row.get("status", String.class),
                row.get("attempts", Integer.class), next == null ? null : next.toInstant(),
                row.get("created_at", OffsetDateTime.class).toInstant(), List.of());
    }

    /** The newest delivery of each of these endpoints that has one, without its attempts. */
    Flux<DeliveryRecord> latestOf(List<UUID> endpointIds) {
        return db.sql("select distinct on (endpoint_id) id, endpoint_id, event_type, status, attempts, next_at, "
                        + "created_at from webhook_delivery where endpoint_id = any (:endpoints) "
                        + "order by endpoint_id, created_at desc, id")
                .bind("endpoints", endpointIds.toArray(UUID[]::new))
                .map(WebhookDeliveryRepository::delivery)
                .all();
    }

    /** The attempts of these deliveries, oldest first, by delivery id. */
    Flux<Map.Entry<String, DeliveryRecord.Attempt>> attemptsOf(List<String> deliveryIds) {
        return db.sql("select delivery_id, attempt, at, duration_ms, status_code, outcome, error from webhook_attempt "
                        + "where delivery_id = any (:ids) order by delivery_id, attempt")
                .bind("ids", deliveryIds.toArray(String[]::new))
                .map(row -> Map.entry(row.get("delivery_id", String.class), new DeliveryRecord.Attempt(
                        row.get("attempt", Integer.class), row.get("at", OffsetDateTime.class).toInstant(),
                        row.get("duration_ms", Integer.class), row.get("status_code", Integer.class),
                        row.get("outcome", String.class), row.get("error", String.class))))
                .all();
    }
}
