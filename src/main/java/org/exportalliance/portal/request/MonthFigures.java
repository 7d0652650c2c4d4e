package org.exportalliance.portal.request;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One month of requests, for one unit and category (or alliance-wide, {@code unitId} null, for members): how many
 * were filed, and the three rates 12345-style hotlines are judged on — accepted in time, resolved in time, satisfied
 * (4 or 5 stars among those rated) — with the median working times to accept and to resolve. {@code firms} is how
 * many firms filed them (members see a row only when at least three did); members also get each month over every
 * category ({@link #ALL_CATEGORIES}).
 */
public record MonthFigures(LocalDate month, @Nullable UUID unitId, String category, long filed, long accepted,
        long acceptedInTime, long resolved, long resolvedInTime, long rated, long satisfied,
        @Nullable Long medianAcceptSeconds, @Nullable Long medianResolveSeconds, long firms) {

    /** The category of a month's row over every category (alliance-wide figures). */
    public static final String ALL_CATEGORIES = "*";

    public @Nullable Double acceptedInTimeRate() {
        return rate(acceptedInTime, accepted);
    }

    public @Nullable Double resolvedInTimeRate() {
        return rate(resolvedInTime, resolved);
    }

    public @Nullable Double satisfiedRate() {
        return rate(satisfied, rated);
    }

    private static @Nullable Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
