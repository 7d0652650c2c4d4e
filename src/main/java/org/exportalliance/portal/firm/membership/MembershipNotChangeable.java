package org.exportalliance.portal.firm.membership;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The membership cannot change that way from where it is. */
public class MembershipNotChangeable extends Refusal {
    public MembershipNotChangeable() {
        super(409, "firm.membership.not-changeable");
    }
}
