package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Another account has that username. */
public class UsernameTaken extends Refusal {
    public UsernameTaken() {
        super(409, "account.username.taken");
    }
}
