package org.exportalliance.portal.lead;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * How a claim's end is told to people: as the last day it covers, in the portal's zone. A window ending at midnight
 * starting 2 March covers 1 March; one ending at 14:32 on 1 March covers 1 March too. Every view, the API and the
 * blind signal say the same day.
 */
public final class ClaimWindow {

    private ClaimWindow() {}

    public static LocalDate lastDay(OffsetDateTime end, ZoneId zone) {
        return end.minusNanos(1).atZoneSameInstant(zone).toLocalDate();
    }
}
