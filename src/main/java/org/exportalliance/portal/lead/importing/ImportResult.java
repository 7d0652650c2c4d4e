package org.exportalliance.portal.lead.importing;

import java.util.UUID;

/**
 * A committed import: its id (the audit entry's subject), the mode it ran in, and the report with the new lead of
 * every saved row. {@code imported} rows were saved; the others were skipped (only in {@link ImportMode#GOOD_ROWS}).
 */
public record ImportResult(UUID importId, ImportMode mode, ImportReport report) {

    public int imported() {
        return (int) report.rows().stream().filter(r -> r.leadId() != null).count();
    }

    public int skipped() {
        return report.total() - imported();
    }

    /** Saved rows whose buyer another member holds: recorded for staff as conflicts of origin IMPORT. */
    public int conflicted() {
        return (int) report.rows().stream().filter(r -> r.leadId() != null && !r.signals().isEmpty()).count();
    }
}
