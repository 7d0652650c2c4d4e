package org.exportalliance.portal.platform.api;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The first request with this key has not finished. */
class IdempotencyInProgress extends Refusal {
    IdempotencyInProgress() {
        super(409, "error.idempotency-in-progress");
    }
}
