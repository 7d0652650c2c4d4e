package org.exportalliance.portal.lead.claim;

import org.exportalliance.portal.platform.refusal.Refusal;

/** A pipeline step that is not forward from the claim's stage (NEW → CONTACTED → QUOTED → WON / LOST). */
public class IllegalStageChange extends Refusal {
    public IllegalStageChange() {
        super(409, "claim.illegal-stage");
    }
}
