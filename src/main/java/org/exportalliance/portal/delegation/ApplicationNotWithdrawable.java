package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The application can no longer be withdrawn. */
public class ApplicationNotWithdrawable extends Refusal {
    public ApplicationNotWithdrawable() {
        super(409, "application.not-withdrawable");
    }
}
