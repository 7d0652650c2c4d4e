package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Another account, or an open invitation of the firm, has that e-mail address. */
public class EmailInUse extends Refusal {
    public EmailInUse() {
        super(409, "account.email.taken");
    }
}
