package org.exportalliance.portal.delegation.pavilion;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Another booth already stands at that place on the hall grid. */
public class BoothPositionTaken extends Refusal {
    public BoothPositionTaken(int row, int column) {
        super(409, "pavilion.position-taken", row, column);
    }
}
