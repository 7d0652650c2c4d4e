package org.exportalliance.portal.delegation.pavilion;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Booths go only to applications that hold a place (approved or accepted). */
public class AssigneeNotApproved extends Refusal {
    public AssigneeNotApproved() {
        super(409, "pavilion.assignee-not-approved");
    }
}
