package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** There is no open offer to accept: none was made, or it expired. */
public class OfferNotOpen extends Refusal {
    public OfferNotOpen() {
        super(409, "application.offer-not-open");
    }
}
