package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Applications are taken only within the delegation's application window. */
public class ApplicationWindowClosed extends Refusal {
    public ApplicationWindowClosed() {
        super(409, "delegation.window-closed");
    }
}
