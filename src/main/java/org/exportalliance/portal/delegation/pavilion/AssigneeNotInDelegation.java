package org.exportalliance.portal.delegation.pavilion;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The application named is not one of the booth's delegation. */
public class AssigneeNotInDelegation extends Refusal {
    public AssigneeNotInDelegation() {
        super(400, "pavilion.assignee-other-delegation");
    }
}
