package org.exportalliance.portal.request;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Open requests of one unit (null: not dispatched yet) by age since filing — under a day, 1–3 days, 3–7 days, over a
 * week — and how many are past their nearest running deadline.
 */
public record OpenFigures(@Nullable UUID unitId, long underADay, long upToThreeDays, long upToAWeek, long older,
        long overdue) {

    public long total() {
        return underADay + upToThreeDays + upToAWeek + older;
    }
}
