package org.exportalliance.portal.lead.importing;

import java.util.List;

/** The validation report of a whole file, row by row in file order, with its counts. */
public record ImportReport(List<RowReport> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public int total() {
        return rows.size();
    }

    /** Rows that would be saved. */
    public int importable() {
        return (int) rows.stream().filter(RowReport::importable).count();
    }

    /** Rows that will not be saved: invalid, or duplicates of an earlier row. */
    public int rejected() {
        return total() - importable();
    }

    public int invalid() {
        return (int) rows.stream().filter(r -> !r.problems().isEmpty()).count();
    }

    public int duplicates() {
        return (int) rows.stream().filter(r -> r.problems().isEmpty() && r.duplicateOf() != null).count();
    }

    /** Rows that would be saved although another member holds their buyer for one of their categories. */
    public int conflicts() {
        return (int) rows.stream().filter(r -> r.importable() && !r.signals().isEmpty()).count();
    }
}
