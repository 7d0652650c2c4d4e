package org.exportalliance.portal.fair;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A slice of a fair list: by offset (the UI's lazy grid) or after a keyset cursor (the API, ordered by start date).
 */
public record FairPage(int offset, int limit, @Nullable LocalDate afterStart, @Nullable UUID afterId) {

    /** The most rows a caller may ask for in one page. */
    public static final int MAX_LIMIT = 500;
    /** One more than a caller's page, so a list can tell whether another page follows. */
    private static final int MAX_FETCH = MAX_LIMIT + 1;

    public FairPage {
        if (limit < 1 || limit > MAX_FETCH || offset < 0) {
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
