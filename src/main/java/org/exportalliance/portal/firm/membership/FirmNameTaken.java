package org.exportalliance.portal.firm.membership;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Another firm has that name. */
public class FirmNameTaken extends Refusal {
    public FirmNameTaken() {
        super(409, "firm.name.taken");
    }
}
