package org.exportalliance.portal.lead.claim;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The claim no longer holds: it expired, was lost, released, rejected or transferred. */
public class ClaimNotHeld extends Refusal {
    public ClaimNotHeld() {
        super(409, "claim.not-held");
    }
}
