package org.exportalliance.portal.lead.importing;

import java.util.List;
import java.util.Set;

/**
 * One data row of an import file: its number as a spreadsheet program shows it (the header is row 1), its cells as
 * text, and which of them held a formula (never evaluated: such a cell is refused).
 */
public record ImportRow(int number, List<String> cells, Set<Integer> formulaColumns) {

    public ImportRow {
        cells = List.copyOf(cells);
        formulaColumns = Set.copyOf(formulaColumns);
    }

    /** The cell in this column, stripped; empty when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank) && formulaColumns.isEmpty();
    }
}
