package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The delegation is DONE: its applications are its history and no longer change. */
public class DelegationOver extends Refusal {
    public DelegationOver() {
        super(409, "delegation.over");
    }
}
