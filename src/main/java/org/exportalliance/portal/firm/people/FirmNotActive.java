package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The firm is suspended or has left the alliance. */
public class FirmNotActive extends Refusal {
    public FirmNotActive() {
        super(409, "firm.membership.not-active");
    }
}
