package org.exportalliance.portal.lead.importing;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What the import found in one row: its problems (each under the field the lead rules name, e.g.
 * {@code contacts[0].email}), the earlier row it repeats (the same buyer by name, company domain or phone), and other
 * members' claims on its buyer as blind signals (categories and until when; never who). After a commit, the lead it
 * became.
 */
public record RowReport(int row, @Nullable String companyName, List<FieldProblem> problems,
        @Nullable Integer duplicateOf, List<Hold> signals, @Nullable UUID leadId) {

    /** Labels: {@code lead.import.status.<NAME>}. */
    public enum Status {
        INVALID,
        DUPLICATE,
        CONFLICT,
        OK,
        IMPORTED,
        IMPORTED_WITH_CONFLICT;

        public String messageKey() {
            return "lead.import.status." + name();
        }
    }

    public RowReport {
        problems = List.copyOf(problems);
        signals = List.copyOf(signals);
    }

    /** Whether the row can be saved: no problem, and no earlier row describes the same buyer. */
    public boolean importable() {
        return problems.isEmpty() && duplicateOf == null;
    }

    public Status status() {
        if (!problems.isEmpty()) {
            return Status.INVALID;
        }
        if (duplicateOf != null) {
            return Status.DUPLICATE;
        }
        if (leadId != null) {
            return signals.isEmpty() ? Status.IMPORTED : Status.IMPORTED_WITH_CONFLICT;
        }
        return signals.isEmpty() ? Status.OK : Status.CONFLICT;
    }

    RowReport imported(UUID lead) {
        return new RowReport(row, companyName, problems, duplicateOf, signals, lead);
    }
}
