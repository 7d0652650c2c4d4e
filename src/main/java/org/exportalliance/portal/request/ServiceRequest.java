package org.exportalliance.portal.request;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One request: what the firm filed, and its {@link RequestState state}. */
public record ServiceRequest(
        UUID id,
        long number,
        UUID firmId,
        UUID filedBy,
        String category,
        String title,
        String description,
        Priority urgency,
        @Nullable Concerns concerns,
        OffsetDateTime filedAt,
        RequestState state,
        long version,
        OffsetDateTime updatedAt) {

    /** The reference people quote on the phone: QH-000042. */
    public String reference() {
        return "QH-%06d".formatted(number);
    }

    public RequestStatus status() {
        return state.status();
    }

    public @Nullable UUID unitId() {
        return state.unitId();
    }
}
