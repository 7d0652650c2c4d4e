package org.exportalliance.portal.firm.membership.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A member list as read: its headers, the column each recognised header stands for (by index; a column named twice
 * is taken from its first), and its non-blank data rows.
 */
public record MemberSheet(List<String> headers, Map<MemberColumn, Integer> columns, List<Row> rows) {

    /** One data row: its number as a spreadsheet shows it, its cells, and the columns that held a formula. */
    public record Row(int number, List<String> cells, Set<Integer> formulaColumns) {

        public Row {
            cells = List.copyOf(cells);
            formulaColumns = Set.copyOf(formulaColumns);
        }
    }

    public MemberSheet {
        headers = List.copyOf(headers);
        columns = Map.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The header in the file that a column was recognised by. */
    public Optional<String> headerOf(MemberColumn column) {
        return Optional.ofNullable(columns.get(column)).map(headers::get);
    }
}
