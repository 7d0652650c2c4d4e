package org.exportalliance.portal.lead;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A slice of a lead list, newest first: by offset (the UI's lazy grid) or after a keyset cursor (the API). */
public record LeadPage(int offset, int limit, @Nullable OffsetDateTime afterCreated, @Nullable UUID afterId) {

    public static final int MAX_LIMIT = 500;

    public LeadPage {
        if (limit < 1 || limit > MAX_LIMIT + 1 || offset < 0) {
            throw new IllegalArgumentException("page out of range");
        }
    }

    public static LeadPage of(int offset, int limit) {
        return new LeadPage(offset, limit, null, null);
    }

    public static LeadPage after(@Nullable OffsetDateTime created, @Nullable UUID id, int limit) {
        return new LeadPage(0, limit, created, id);
    }

    boolean hasCursor() {
        return afterCreated != null && afterId != null;
    }
}
