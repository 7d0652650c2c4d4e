package org.exportalliance.portal.logistics.checklist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The staff's view of a delegation's checklist: the template's items (columns) and, for every participating firm
 * (rows), the state of each item in the same order.
 */
public record ChecklistMatrix(UUID delegationId, List<ChecklistItem> items, List<Row> rows) {

    public ChecklistMatrix {
        items = List.copyOf(items);
        rows = List.copyOf(rows);
    }

    /** One firm's line: one cell per item, in the order of {@link #items()}. */
    public record Row(UUID firmId, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public record Cell(UUID itemId, ChecklistState state, @Nullable Instant doneAt) {}
}
