package org.exportalliance.portal.notification.webhook;

import io.r2dbc.spi.Readable;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for endpoints. The sealed secrets are read only by {@link #signing}, for the sender. */
@Repository
class WebhookEndpointRepository {

    private static final String COLUMNS = "id, firm_id, url, description, events, enabled, disabled_reason, "
            + "previous_until, created_at, version";

    /** An endpoint as the sender needs it: where, whether, and its sealed secrets. */
    record Signing(UUID id, String url, boolean enabled, String keyId, byte[] secret, byte @Nullable [] previous,
            @Nullable OffsetDateTime previousUntil) {}

    private final DatabaseClient db;

    WebhookEndpointRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID id, @Nullable UUID firmId, String url, String description, List<WebhookEventType> events,
            String keyId, byte[] secret, UUID createdBy, OffsetDateTime now) {
        return db.sql("insert into webhook_endpoint (id, firm_id, url, description, events, secret_key_id, secret, "
                        + "created_by, created_at) values (:id, :firm, :url, :description, :events, :keyId, :secret, "
                        + ":by, :now)")
                .bind("id", id).bind("firm", Parameter.fromOrEmpty(firmId, UUID.class)).bind("url", url)
                .bind("description", description).bind("events", names(events)).bind("keyId", keyId)
                .bind("secret", ByteBuffer.wrap(secret)).bind("by", createdBy).bind("now", now)
                .then();
    }

    /** The endpoint, if the firm scope allows it (null: staff, any endpoint). */
    Mono<WebhookEndpoint> find(UUID id, @Nullable UUID firmScope) {
        return db.sql("select " + COLUMNS + " from webhook_endpoint where id = :id"
                        + (firmScope == null ? "" : " and firm_id = :firm"))
                .bindValues(firmScope == null ? Map.of("id", id) : Map.of("id", id, "firm", firmScope))
                .map(WebhookEndpointRepository::read).one();
    }

    /** A firm's endpoints, or every endpoint for staff (null), alliance-wide ones first. */
    Flux<WebhookEndpoint> list(@Nullable UUID firmScope) {
        return db.sql("select " + COLUMNS + " from webhook_endpoint"
                        + (firmScope == null ? "" : " where firm_id = :firm")
                        + " order by firm_id nulls first, created_at, id")
                .bindValues(firmScope == null ? Map.<String, Object>of() : Map.<String, Object>of("firm", firmScope))
                .map(WebhookEndpointRepository::read).all();
    }

    /** Changes what an endpoint is, at the version the editor saw; empty when someone changed it meanwhile. */
    Mono<Long> update(UUID id, long version, String url, String description, List<WebhookEventType> events,
            boolean enabled) {
        return db.sql("update webhook_endpoint set url = :url, description = :description, events = :events, "
                        + "enabled = :enabled, disabled_reason = case when :enabled then null else 'BY_USER' end, "
                        + "version = version + 1 where id = :id and version = :version returning version")
                .bind("id", id).bind("version", version).bind("url", url).bind("description", description)
                .bind("events", names(events)).bind("enabled", enabled)
                .map(row -> row.get(0, Long.class)).one();
    }

    Mono<Long> rotate(UUID id, String keyId, byte[] secret, byte[] previous, OffsetDateTime previousUntil) {
        return db.sql("update webhook_endpoint set secret_key_id = :keyId, secret = :secret, "
                        + "previous_secret = :previous, previous_until = :until, version = version + 1 "
                        + "where id = :id returning version")
                .bind("id", id).bind("keyId", keyId).bind("secret", ByteBuffer.wrap(secret)).bind("previous", ByteBuffer.wrap(previous))
                .bind("until", previousUntil)
                .map(row -> row.get(0, Long.class)).one();
    }

    /** The receiver answered 410: no more deliveries until someone enables it again. */
    Mono<Void> disableGone(UUID id) {
        return db.sql("update webhook_endpoint set enabled = false, disabled_reason = 'GONE', version = version + 1 "
                        + "where id = :id and enabled")
                .bind("id", id).then();
    }

    Mono<Long> delete(UUID id) {
        return db.sql("delete from webhook_endpoint where id = :id").bind("id", id).fetch().rowsUpdated();
    }

    Mono<Signing> signing(UUID id) {
        return db.sql("select id, url, enabled, secret_key_id, secret, previous_secret, previous_until "
                        + "from webhook_endpoint where id = :id")
                .bind("id", id)
                .map(row -> new Signing(row.get("id", UUID.class), row.get("url", String.class),
                        Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                        row.get("secret_key_id", String.class), bytes(row, "secret"), bytes(row, "previous_secret"),
                        row.get("previous_until", OffsetDateTime.class)))
                .one();
    }

    private static byte @Nullable [] bytes(Readable row, String column) {
        ByteBuffer buffer = row.get(column, ByteBuffer.class);
        if (buffer == null) {
            return null;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static String[] names(List<WebhookEventType> events) {
        return events.stream().map(WebhookEventType::wireName).distinct().toArray(String[]::new);
    }

    private static WebhookEndpoint read(Readable row) {
        String[] events = row.get("events", String[].class);
        OffsetDateTime previousUntil = row.get("previous_until", OffsetDateTime.class);
        return new WebhookEndpoint(row.get("id", UUID.class), row.get("firm_id", UUID.class),
                row.get("url", String.class), row.get("description", String.class),
                Arrays.stream(events == null ? new String[0] : events)
                        .flatMap(e -> WebhookEventType.ofWireName(e).stream()).toList(),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)), row.get("disabled_reason", String.class),
                previousUntil == null ? null : previousUntil.toInstant(),
                row.get("created_at", OffsetDateTime.class).toInstant(), row.get("version", Long.class));
    }
}
