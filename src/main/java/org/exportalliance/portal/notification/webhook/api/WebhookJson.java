package org.exportalliance.portal.notification.webhook.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.notification.webhook.CreatedEndpoint;
import org.exportalliance.portal.notification.webhook.DeliveryRecord;
import org.exportalliance.portal.notification.webhook.WebhookEndpoint;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.jspecify.annotations.Nullable;

/** An endpoint as the API shows it: never its secret, except once in {@link Created}. */
record WebhookJson(UUID id, @Nullable UUID firmId, boolean allianceWide, String url, String description,
        List<String> events, boolean enabled, @Nullable String disabledReason, @Nullable Instant rotationOverlapUntil,
        Instant createdAt, long version) {

    static WebhookJson of(WebhookEndpoint e) {
        return new WebhookJson(e.id(), e.firmId(), e.allianceWide(), e.url(), e.description(),
                e.events().stream().map(WebhookEventType::wireName).toList(), e.enabled(), e.disabledReason(),
                e.rotationOverlapUntil(), e.createdAt(), e.version());
    }

    /** The answer to a creation or a rotation: the endpoint and, this once, its new secret. */
    record Created(WebhookJson endpoint, String secret) {

        static Created of(CreatedEndpoint created) {
            return new Created(WebhookJson.of(created.endpoint()), created.secret().value());
        }
    }

    /** A delivery in the log, with its attempts. */
    record Delivery(String id, String eventType, String status, int attempts, @Nullable Instant nextAt,
            Instant createdAt, List<DeliveryRecord.Attempt> attemptLog) {

        static Delivery of(DeliveryRecord d) {
            return new Delivery(d.id(), d.eventType(), d.status(), d.attempts(), d.nextAt(), d.createdAt(),
                    d.attemptLog());
        }
    }
}
