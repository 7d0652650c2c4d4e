package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The change would leave the firm without an active admin. */
public class LastAdmin extends Refusal {
    public LastAdmin() {
        super(409, "firm.people.last-admin");
    }
}
