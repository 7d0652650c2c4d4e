package org.exportalliance.portal.delegation.ledger;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No statement for that firm that the caller may see (not a participant, or another firm's). */
public class StatementNotFound extends Refusal {
    public StatementNotFound() {
        super(404, "ledger.statement-not-found");
    }
}
