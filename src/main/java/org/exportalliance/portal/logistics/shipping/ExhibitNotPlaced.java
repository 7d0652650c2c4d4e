package org.exportalliance.portal.logistics.shipping;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Only the exhibits of an approved (or accepted) application are shipped. */
public class ExhibitNotPlaced extends Refusal {
    public ExhibitNotPlaced() {
        super(409, "shipping.not-placed");
    }
}
