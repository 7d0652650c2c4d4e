package org.exportalliance.portal.platform.api;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The key was already used by this user for a request with a different body. */
class IdempotencyKeyReused extends Refusal {
    IdempotencyKeyReused() {
        super(422, "error.idempotency-mismatch");
    }
}
