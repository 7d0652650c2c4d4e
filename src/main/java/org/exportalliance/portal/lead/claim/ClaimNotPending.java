package org.exportalliance.portal.lead.claim;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Only a submitted claim can be approved. */
public class ClaimNotPending extends Refusal {
    public ClaimNotPending() {
        super(409, "claim.not-pending");
    }
}
