package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * The delegation was cancelled: its applications stay as they were, as the record of who was going, and no longer
 * change (no withdrawal, acceptance, change or decision). The message gives staff's reason.
 */
public class DelegationCancelled extends Refusal {
    public DelegationCancelled(String reason) {
        super(409, "delegation.cancelled", reason);
    }
}
