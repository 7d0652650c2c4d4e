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

    /**
     * Takes part in the delegation: approved, or an accepted offer. Participants pay their statement, get booths and
     * name travellers; an open offer holds a place but does not take part yet.
     */
    public boolean participates() {
        return this == APPROVED || this == ACCEPTED;
    }

    public boolean editable() {
        return this == SUBMITTED || this == WAITLISTED;
    }
}
