package org.exportalliance.portal.lead.claim;

/**
 * Where a claim stands with the association. SUBMITTED and APPROVED hold the buyer (until the window ends); the rest
 * have ended it. Labels: {@code claim.status.<NAME>}.
 */
public enum ClaimStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    RELEASED,
    TRANSFERRED;

    public boolean isOpen() {
        return this == SUBMITTED || this == APPROVED;
    }

    public String messageKey() {
        return "claim.status." + name();
    }
}
