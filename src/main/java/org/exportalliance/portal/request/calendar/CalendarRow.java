package org.exportalliance.portal.request.calendar;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of an imported calendar file: its number as a spreadsheet shows it, the day it gives, and its problems. */
public record CalendarRow(int row, CalendarDayDraft draft, List<Problem> problems) {

    /**
     * A problem of one cell: the field ({@code date}, {@code kind}, {@code nameZh}, {@code nameEn}), the message key,
     * and the other row of a duplicate date (the message's argument).
     */
    public record Problem(String field, String messageKey, @Nullable Integer otherRow) {

        public Object[] args() {
            return otherRow == null ? new Object[0] : new Object[] {otherRow};
        }
    }

    public CalendarRow {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }
}
