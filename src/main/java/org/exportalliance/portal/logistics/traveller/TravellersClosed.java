package org.exportalliance.portal.logistics.traveller;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The delegation is done or cancelled: its travellers no longer change. */
public class TravellersClosed extends Refusal {
    public TravellersClosed() {
        super(409, "traveller.closed");
    }
}
