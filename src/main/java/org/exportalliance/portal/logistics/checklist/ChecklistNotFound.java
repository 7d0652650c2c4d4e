package org.exportalliance.portal.logistics.checklist;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No checklist for that firm in this delegation that the caller may see: the firm does not take part, or it is another firm's. */
public class ChecklistNotFound extends Refusal {
    public ChecklistNotFound() {
        super(404, "checklist.not-found");
    }
}
