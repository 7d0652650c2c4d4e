package org.exportalliance.portal.logistics.itinerary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a delegation's itinerary. {@code firmId} null means delegation-wide (kept by staff, seen by every
 * participating firm); otherwise it is that firm's own item, seen only by the firm and staff.
 */
public record ItineraryItem(
        UUID id,
        UUID delegationId,
        @Nullable UUID firmId,
        ItineraryKind kind,
        String title,
        Instant startsAt,
        ZoneId startZone,
        Instant endsAt,
        ZoneId endZone,
        String location,
        String details,
        Instant updatedAt,
        long version) {

    public boolean delegationWide() {
        return firmId == null;
    }

    /** The start in local time at the place (departure for a flight). */
    public ZonedDateTime localStart() {
        return startsAt.atZone(startZone);
    }

    /** The end in local time at the place (arrival for a flight). */
    public ZonedDateTime localEnd() {
        return endsAt.atZone(endZone);
    }

    /** The day the item belongs to in a day-by-day list: its local start date. */
    public LocalDate day() {
        return localStart().toLocalDate();
    }
}
