package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The new capacity is below what approved and offered applications already hold. */
public class CapacityBelowHeld extends Refusal {
    public CapacityBelowHeld() {
        super(409, "delegation.capacity-below-held");
    }
}
