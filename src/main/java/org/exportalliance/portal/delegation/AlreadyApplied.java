package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The firm already has a live application to this delegation. */
public class AlreadyApplied extends Refusal {
    public AlreadyApplied() {
        super(409, "delegation.already-applied");
    }
}
