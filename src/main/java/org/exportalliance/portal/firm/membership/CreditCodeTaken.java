package org.exportalliance.portal.firm.membership;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Another firm has that credit code. */
public class CreditCodeTaken extends Refusal {
    public CreditCodeTaken() {
        super(409, "firm.credit-code.taken");
    }
}
