package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No application with that id that the caller may see. */
public class ApplicationNotFound extends Refusal {
    public ApplicationNotFound() {
        super(404, "application.not-found");
    }
}
