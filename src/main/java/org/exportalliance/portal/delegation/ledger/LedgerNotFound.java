package org.exportalliance.portal.delegation.ledger;

import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * A delegation's costs are for staff and the firms taking part; to anybody else they do not exist (404, as another
 * firm's checklist or traveller).
 */
public class LedgerNotFound extends Refusal {
    public LedgerNotFound() {
        super(404, "ledger.not-found");
    }
}
