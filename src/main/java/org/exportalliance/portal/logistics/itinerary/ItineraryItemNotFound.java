package org.exportalliance.portal.logistics.itinerary;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No itinerary item with that id that the caller may see (another firm's own item is not found either). */
public class ItineraryItemNotFound extends Refusal {
    public ItineraryItemNotFound() {
        super(404, "itinerary.not-found");
    }
}
