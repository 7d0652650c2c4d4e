package org.exportalliance.portal.request;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such request, or not one the actor may see (never a 403 that would confirm it exists). */
public class RequestNotFound extends Refusal {

    public RequestNotFound() {
        super(404, "request.not-found");
    }
}
