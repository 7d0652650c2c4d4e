package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The delegation does not take applications in its current state. */
public class DelegationNotOpen extends Refusal {
    public DelegationNotOpen() {
        super(409, "delegation.not-open");
    }
}
