package org.exportalliance.portal.delegation;

/**
 * How a delegation decides applications. FIFO decides each one as it arrives: placed if it fits in every unit,
 * otherwise waitlisted. BEST_FIT and SCORED leave applications SUBMITTED for staff to decide.
 */
public enum AllocationPolicy {
    FIFO,
    BEST_FIT,
    SCORED;

    public boolean decidesOnArrival() {
        return this == FIFO;
    }
}
