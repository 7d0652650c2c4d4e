package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Only member firms apply to delegations; association staff decide. */
public class FirmsOnly extends Refusal {
    public FirmsOnly() {
        super(403, "delegation.firms-only");
    }
}
