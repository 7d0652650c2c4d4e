package org.exportalliance.portal.fair;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The fair is cancelled already. */
public class FairAlreadyCancelled extends Refusal {
    public FairAlreadyCancelled() {
        super(409, "fair.already-cancelled");
    }
}
