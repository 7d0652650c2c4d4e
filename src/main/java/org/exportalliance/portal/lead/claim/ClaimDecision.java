package org.exportalliance.portal.lead.claim;

/** What staff can do to a claim. Each needs a reason, recorded in the claim's history and the audit trail. */
public enum ClaimDecision {
    APPROVE,
    REJECT,
    TRANSFER,
    EXTEND
}
