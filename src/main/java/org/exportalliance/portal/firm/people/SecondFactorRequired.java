package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Staff and firm admins keep their second factor. */
public class SecondFactorRequired extends Refusal {
    public SecondFactorRequired() {
        super(409, "account.mfa.required");
    }
}
