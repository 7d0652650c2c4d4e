package org.exportalliance.portal.logistics.itinerary;

import java.time.LocalDateTime;
import org.exportalliance.portal.platform.refusal.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * An itinerary item as staff or a firm enter it: start and end as local times at the place, each with its IANA time
 * zone. {@code endTimeZone} is the arrival zone of a flight; other kinds start and end in {@code timeZone} (it may be
 * left out or must equal it).
 */
public record ItineraryDraft(
        @Nullable ItineraryKind kind,
        @Nullable String title,
        @Nullable LocalDateTime start,
        @Nullable String timeZone,
        @Nullable LocalDateTime end,
        @Nullable String endTimeZone,
        @Nullable String location,
        @MultiLine @Nullable String details) {

    /** The zone the item ends in: the arrival zone of a flight, else the start zone. */
    public @Nullable String effectiveEndZone() {
        return kind != null && kind.crossesZones() && endTimeZone != null && !endTimeZone.isBlank()
                ? endTimeZone.strip() : timeZone == null ? null : timeZone.strip();
    }
}
