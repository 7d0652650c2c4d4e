package org.exportalliance.portal.logistics.itinerary;

import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * The caller sees the item but does not keep it: staff keep delegation-wide items, a firm its own. (A firm never
 * hears of another firm's item: that is {@link ItineraryItemNotFound}.)
 */
public class NotItemOwner extends Refusal {
    public NotItemOwner() {
        super(403, "itinerary.not-owner");
    }
}
