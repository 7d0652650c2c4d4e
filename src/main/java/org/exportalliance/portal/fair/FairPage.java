package org.exportalliance.portal.fair;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A slice of a fair list: by offset (the UI's lazy grid) or after a keyset cursor (the API, ordered by start date).
 */
public record FairPage(int offset, int limit, @Nullable LocalDate afterStart, @Nullable UUID afterId) {

    public static final int MAX_LIMIT = 500;

    public FairPage {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("page out of range");
        }
    }

    public static FairPage of(int offset, int limit) {
        return new FairPage(offset, limit, null, null);
    }

    public static FairPage after(@Nullable LocalDate start, @Nullable UUID id, int limit) {
        return new FairPage(0, limit, start, id);
    }

    boolean hasCursor() {
        return afterStart != null && afterId != null;
    }
}
