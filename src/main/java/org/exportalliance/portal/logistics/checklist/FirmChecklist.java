package org.exportalliance.portal.logistics.checklist;

import java.util.List;
import java.util.UUID;

/** A participating firm's checklist for a delegation: the template's items in order, with the firm's progress. */
public record FirmChecklist(UUID delegationId, UUID firmId, List<ChecklistEntry> entries) {

    public FirmChecklist {
        entries = List.copyOf(entries);
    }

    public long overdueCount() {
        return entries.stream().filter(ChecklistEntry::overdue).count();
    }
}
