package org.exportalliance.portal.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registered receiver: a firm's (its events only) or, with no firm, the alliance's (every event). The secret is
 * never part of it; {@code rotationOverlapUntil} says until when the previous secret still signs, if one does.
 */
public record WebhookEndpoint(UUID id, @Nullable UUID firmId, String url, String description,
        List<WebhookEventType> events, boolean enabled, @Nullable String disabledReason,
        @Nullable Instant rotationOverlapUntil, Instant createdAt, long version) {

    public WebhookEndpoint {
        events = List.copyOf(events);
    }

    /** Alliance-wide: registered by staff, receives every firm's events. */
    public boolean allianceWide() {
        return firmId == null;
    }
}
