package org.exportalliance.portal.fair;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No fair with that id. */
public class FairNotFound extends Refusal {
    public FairNotFound() {
        super(404, "fair.not-found");
    }
}
