package org.exportalliance.portal.firm.membership.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * Some rows of the member list have problems, so nothing was saved (all or nothing). The problem lists those rows;
 * by default each as its number, name and problems (field and code), or as the API describes them
 * ({@link #describedBy}).
 */
public class MemberImportHasProblems extends Refusal {

    private final transient MemberImportReport report;
    private final transient Function<MemberRow, Object> view;

    public MemberImportHasProblems(MemberImportReport report) {
        this(report, MemberImportHasProblems::codes);
    }

    private MemberImportHasProblems(MemberImportReport report, Function<MemberRow, Object> view) {
        super(422, "members.import.has-problems", report.withProblems(), report.total());
        this.report = report;
        this.view = view;
    }

    public MemberImportReport report() {
        return report;
    }

    /** The same refusal, listing its rows as {@code rowView} shows them (in the caller's language, say). */
    public MemberImportHasProblems describedBy(Function<MemberRow, Object> rowView) {
        return new MemberImportHasProblems(report, rowView);
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("rowsWithProblems", report.withProblems());
        extensions.put("rows", report.rows().stream().filter(r -> !r.importable()).map(view).toList());
        return extensions;
    }

    private static Object codes(MemberRow row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("row", row.row());
        view.put("name", row.name());
        view.put("problems", row.problems().stream()
                .map(p -> Map.of("field", p.field(), "code", p.messageKey())).toList());
        return view;
    }
}
