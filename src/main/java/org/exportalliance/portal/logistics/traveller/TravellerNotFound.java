package org.exportalliance.portal.logistics.traveller;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No traveller with that id that the caller may see (another firm's traveller is simply not found). */
public class TravellerNotFound extends Refusal {
    public TravellerNotFound() {
        super(404, "traveller.not-found");
    }
}
