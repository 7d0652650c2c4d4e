package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The invitation was accepted or revoked already. */
public class InvitationNotPending extends Refusal {
    public InvitationNotPending() {
        super(409, "firm.invitation.not-pending");
    }
}
