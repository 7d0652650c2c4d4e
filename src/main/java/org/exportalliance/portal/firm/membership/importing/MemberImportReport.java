package org.exportalliance.portal.firm.membership.importing;

import java.util.List;

/** Every row of a member list with its problems, in file order. It imports only when no row has a problem. */
public record MemberImportReport(List<MemberRow> rows) {

    public MemberImportReport {
        rows = List.copyOf(rows);
    }

    public int total() {
        return rows.size();
    }

    public int withProblems() {
        return (int) rows.stream().filter(r -> !r.importable()).count();
    }

    /** Rows naming a first admin, who would be invited. */
    public int admins() {
        return (int) rows.stream().filter(r -> r.adminEmail() != null).count();
    }

    /** All or nothing: importable when every row is. */
    public boolean importable() {
        return rows.stream().allMatch(MemberRow::importable);
    }
}
