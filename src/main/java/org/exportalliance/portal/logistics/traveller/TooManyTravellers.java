package org.exportalliance.portal.logistics.traveller;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The firm has already named as many travellers as its application holds seats. */
public class TooManyTravellers extends Refusal {
    public TooManyTravellers(int seats) {
        super(409, "traveller.too-many", seats);
    }
}
