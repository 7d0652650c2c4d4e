package org.exportalliance.portal.logistics.checklist;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One item as one firm sees it: done (when, by whom), open or overdue. */
public record ChecklistEntry(ChecklistItem item, UUID firmId, ChecklistState state, @Nullable Instant doneAt,
        @Nullable UUID doneBy) {

    public boolean done() {
        return state == ChecklistState.DONE;
    }

    public boolean overdue() {
        return state == ChecklistState.OVERDUE;
    }
}
