package org.exportalliance.portal.delegation.pavilion;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such booth. */
public class BoothNotFound extends Refusal {
    public BoothNotFound() {
        super(404, "pavilion.booth-not-found");
    }
}
