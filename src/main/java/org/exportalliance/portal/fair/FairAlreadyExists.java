package org.exportalliance.portal.fair;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The catalogue already has this fair (same English name) starting on that date. */
public class FairAlreadyExists extends Refusal {
    public FairAlreadyExists() {
        super(409, "fair.already-exists");
    }
}
