package org.exportalliance.portal.request.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;

/** Some rows of a calendar file have problems, so nothing was saved (all or nothing). Lists every such row. */
public class CalendarImportHasProblems extends Refusal {

    private final transient List<CalendarRow> rows;

    public CalendarImportHasProblems(List<CalendarRow> rows) {
        super(422, "calendar.import.has-problems", rows.stream().filter(r -> !r.importable()).count(), rows.size());
        this.rows = List.copyOf(rows);
    }

    /** Every row of the file, in file order, with its problems. */
    public List<CalendarRow> rows() {
        return rows;
    }

    public List<CalendarRow> withProblems() {
        return rows.stream().filter(r -> !r.importable()).toList();
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("rows", withProblems().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", r.row());
            row.put("problems", r.problems().stream()
                    .map(p -> Map.of("field", p.field(), "code", p.messageKey())).toList());
            return row;
        }).toList());
    }
}
