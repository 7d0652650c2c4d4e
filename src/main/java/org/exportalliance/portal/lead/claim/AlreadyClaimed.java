package org.exportalliance.portal.lead.claim;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The actor's firm already holds this buyer for one of the categories. */
public class AlreadyClaimed extends Refusal {
    public AlreadyClaimed() {
        super(409, "claim.already-yours");
    }
}
