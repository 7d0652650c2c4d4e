package org.exportalliance.portal.delegation;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Only a submitted or waitlisted application can be changed. */
public class ApplicationNotEditable extends Refusal {
    public ApplicationNotEditable() {
        super(409, "application.not-editable");
    }
}
