package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** FIFO delegations decide each application on arrival; there is nothing to allocate. */
public class AllocationNotNeeded extends Refusal {
    public AllocationNotNeeded() {
        super(409, "delegation.allocation-not-needed");
    }
}
