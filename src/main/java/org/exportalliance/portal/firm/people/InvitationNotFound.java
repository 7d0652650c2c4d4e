package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No invitation with that id that the caller may see. */
public class InvitationNotFound extends Refusal {
    public InvitationNotFound() {
        super(404, "firm.invitation.not-found");
    }
}
