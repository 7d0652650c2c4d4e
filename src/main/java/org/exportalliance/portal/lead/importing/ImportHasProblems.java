package org.exportalliance.portal.lead.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * "All or nothing" and some rows cannot be saved (invalid, or duplicates of an earlier row): nothing was saved. The
 * problem lists those rows; by default each as its number, problems (field and code) and the row it repeats, or as
 * the API describes them ({@link #describedBy}).
 */
public class ImportHasProblems extends Refusal {

    private final transient ImportReport report;
    private final transient Function<RowReport, Object> view;

    public ImportHasProblems(ImportReport report) {
        this(report, ImportHasProblems::codes);
    }

    private ImportHasProblems(ImportReport report, Function<RowReport, Object> view) {
        super(422, "lead.import.has-problems", report.rejected(), report.total());
        this.report = report;
        this.view = view;
    }

    public ImportReport report() {
        return report;
    }

    /** The same refusal, listing its rows as {@code view} shows them (in the caller's language, say). */
    public ImportHasProblems describedBy(Function<RowReport, Object> rowView) {
        return new ImportHasProblems(report, rowView);
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("rejectedRows", report.rejected());
        extensions.put("rows", report.rows().stream().filter(r -> !r.importable()).map(view).toList());
        return extensions;
    }

    private static Object codes(RowReport row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("row", row.row());
        view.put("problems", row.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.messageKey())).toList());
        if (row.duplicateOf() != null) {
            view.put("duplicateOf", row.duplicateOf());
        }
        return view;
    }
}
