package org.exportalliance.portal.request;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such responder unit, or one that no longer takes requests. */
public class UnitNotFound extends Refusal {

    public UnitNotFound() {
        super(404, "request.unit.not-found");
    }
}
