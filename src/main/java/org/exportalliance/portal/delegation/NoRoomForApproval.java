package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Approving would exceed the delegation's capacity in at least one unit. */
public class NoRoomForApproval extends Refusal {
    public NoRoomForApproval() {
        super(409, "application.no-room");
    }
}
