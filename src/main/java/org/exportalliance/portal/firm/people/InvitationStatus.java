package org.exportalliance.portal.firm.people;

/** Where an invitation stands; EXPIRED is PENDING past its expiry (resending renews it). */
public enum InvitationStatus {
    PENDING,
    EXPIRED,
    ACCEPTED,
    REVOKED
}
