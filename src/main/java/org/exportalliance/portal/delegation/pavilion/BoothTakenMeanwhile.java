package org.exportalliance.portal.delegation.pavilion;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Someone else assigned the booth since it was read; the later assignment is refused. */
public class BoothTakenMeanwhile extends Refusal {
    public BoothTakenMeanwhile(String label) {
        super(409, "pavilion.taken-meanwhile", label);
    }
}
