package org.exportalliance.portal.lead.claim;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such claim, or not one of the actor's firm. */
public class ClaimNotFound extends Refusal {
    public ClaimNotFound() {
        super(404, "claim.not-found");
    }
}
