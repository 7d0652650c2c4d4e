package org.exportalliance.portal.firm.membership;

/** Whether a firm's people may sign in: ACTIVE, SUSPENDED for a while (unpaid fees), or ENDED (left the alliance). */
public enum Membership {
    ACTIVE,
    SUSPENDED,
    ENDED
}
