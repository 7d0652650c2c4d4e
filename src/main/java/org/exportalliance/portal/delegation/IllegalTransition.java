package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The delegation cannot move to that state from its current one. */
public class IllegalTransition extends Refusal {
    public IllegalTransition() {
        super(409, "delegation.illegal-transition");
    }
}
