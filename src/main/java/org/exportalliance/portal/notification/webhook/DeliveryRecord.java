package org.exportalliance.portal.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One event for one endpoint, as the delivery log shows it, with its attempts (oldest first). */
public record DeliveryRecord(String id, UUID endpointId, String eventType, String status, int attempts,
        @Nullable Instant nextAt, Instant createdAt, List<Attempt> attemptLog) {

    public DeliveryRecord {
        attemptLog = List.copyOf(attemptLog);
    }

    /** The latest attempt, if one was made. */
    public Optional<Attempt> lastAttempt() {
        return attemptLog.isEmpty() ? Optional.empty() : Optional.of(attemptLog.getLast());
    }

    /** One attempt: no address, body or secret, only what came of it. */
    public record Attempt(int attempt, Instant at, int durationMs, @Nullable Integer statusCode, String outcome,
            @Nullable String error) {}
}
