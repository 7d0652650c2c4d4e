package org.exportalliance.portal.request;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A step in a request's history: a change of status (with the status it led to), a comment between the firm and
 * the unit, or an internal note the firm never sees.
 */
public record RequestEvent(UUID id, UUID requestId, OffsetDateTime at, @Nullable UUID actorId, Kind kind,
        @Nullable RequestStatus status, @Nullable String body, boolean internal) {

    public enum Kind {
        FILED,
        REFILED,
        ACCEPTED,
        RETURNED,
        PRIORITISED,
        DISPATCHED,
        TAKEN,
        PAUSED,
        RESUMED,
        COMMENT,
        NOTE,
        RESOLVED,
        CONFIRMED,
        REOPENED,
        AUTO_CLOSED,
        WITHDRAWN,
        QUOTED,
        QUOTE_ACCEPTED,
        REPORT_ATTACHED,
        ATTACHED;

        public String messageKey() {
            return "request.event." + name();
        }
    }
}
