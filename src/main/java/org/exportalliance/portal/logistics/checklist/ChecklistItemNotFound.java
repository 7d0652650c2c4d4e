package org.exportalliance.portal.logistics.checklist;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such checklist item (or not on a checklist the caller may see). */
public class ChecklistItemNotFound extends Refusal {
    public ChecklistItemNotFound() {
        super(404, "checklist.item-not-found");
    }
}
