package org.exportalliance.portal.delegation.pavilion;

import org.exportalliance.portal.platform.refusal.Refusal;

/** An assigned booth cannot be removed; unassign it first. */
public class BoothAssigned extends Refusal {
    public BoothAssigned(String label) {
        super(409, "pavilion.booth-assigned", label);
    }
}
