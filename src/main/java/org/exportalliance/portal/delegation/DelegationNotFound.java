package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No delegation with that id (or not visible to the caller). */
public class DelegationNotFound extends Refusal {
    public DelegationNotFound() {
        super(404, "delegation.not-found");
    }
}
