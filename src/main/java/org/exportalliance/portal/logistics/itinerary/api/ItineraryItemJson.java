package org.exportalliance.portal.logistics.itinerary.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.logistics.itinerary.ItineraryItem;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.jspecify.annotations.Nullable;

/**
 * An itinerary item as the API shows it: local start and end with their IANA zones (as entered), the same moments
 * as instants, whose item it is ({@code firmId} null: delegation-wide), and whether the caller may change it.
 */
record ItineraryItemJson(UUID id, UUID delegationId, @Nullable UUID firmId, ItineraryKind kind, String title,
        LocalDateTime start, String timeZone, Instant startsAt, LocalDateTime end, String endTimeZone, Instant endsAt,
        String location, String details, boolean editable, long version) {

    static ItineraryItemJson of(ItineraryItem i, Actor caller) {
        return new ItineraryItemJson(i.id(), i.delegationId(), i.firmId(), i.kind(), i.title(),
                i.localStart().toLocalDateTime(), i.startZone().getId(), i.startsAt(),
                i.localEnd().toLocalDateTime(), i.endZone().getId(), i.endsAt(), i.location(), i.details(),
                ItineraryService.keeps(caller, i), i.version());
    }
}
