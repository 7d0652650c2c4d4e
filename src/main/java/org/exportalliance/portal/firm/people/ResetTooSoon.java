package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** A reset link was made for the person less than a minute ago. */
public class ResetTooSoon extends Refusal {
    public ResetTooSoon() {
        super(409, "account.reset.too-soon");
    }
}
