package org.exportalliance.portal.logistics.checklist;

/** Where a firm stands on one item. */
public enum ChecklistState {
    /** Not done, and the due date has not passed. */
    OPEN,
    /** Ticked off by the firm (or by staff for it). */
    DONE,
    /** Not done, and the due date has passed. */
    OVERDUE
}
