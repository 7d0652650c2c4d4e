package org.exportalliance.portal.request;

import org.exportalliance.portal.platform.refusal.IllegalTransition;

/** A step the request cannot take from where it stands: taking a closed request, confirming one not resolved. */
public class IllegalRequestStep extends IllegalTransition {

    public IllegalRequestStep(RequestStatus from, RequestStatus to) {
        super("request.illegal-step", from, to);
    }
}
