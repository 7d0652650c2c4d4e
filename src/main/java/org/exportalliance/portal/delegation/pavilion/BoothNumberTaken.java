package org.exportalliance.portal.delegation.pavilion;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The delegation already has a booth with that number. */
public class BoothNumberTaken extends Refusal {
    public BoothNumberTaken(String label) {
        super(409, "pavilion.number-taken", label);
    }
}
