package org.exportalliance.portal.firm.membership;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No firm with that id. */
public class FirmNotFound extends Refusal {
    public FirmNotFound() {
        super(404, "firm.not-found");
    }
}
