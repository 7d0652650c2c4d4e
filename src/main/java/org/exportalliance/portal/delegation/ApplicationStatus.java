package org.exportalliance.portal.delegation;

/**
 * SUBMITTED → APPROVED / WAITLISTED / REJECTED; WITHDRAWN by the firm; OFFERED → ACCEPTED / EXPIRED for a timed
 * place from the waitlist.
 */
public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    WAITLISTED,
    REJECTED,
    WITHDRAWN,
    OFFERED,
    ACCEPTED,
    EXPIRED;

    /** The firm may still change its mind. */
    public boolean withdrawable() {
        return this == SUBMITTED || this == WAITLISTED || this == APPROVED || this == OFFERED || this == ACCEPTED;
    }

    /** Holds a place in the delegation's capacity (the database's {@code holds_capacity}). */
    public boolean holdsPlace() {
        return this == APPROVED || this == OFFERED || this == ACCEPTED;
    }

    public boolean editable() {
        return this == SUBMITTED || this == WAITLISTED;
    }
}
