package org.exportalliance.portal.lead.importing.api;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.lead.importing.ColumnMapping;
import org.exportalliance.portal.lead.importing.ImportReport;
import org.exportalliance.portal.lead.importing.ImportResult;
import org.exportalliance.portal.lead.importing.ImportTable;
import org.exportalliance.portal.lead.importing.LeadColumn;
import org.exportalliance.portal.lead.importing.RowReport;
import org.springframework.context.MessageSource;

/**
 * An import's report as the API answers it: the headers as they were mapped, the counts, and per row its status,
 * problems (by field, by the file's own column header, and in the caller's language), duplicate and blind signals.
 */
final class ImportReportJson {

    private final MessageSource messages;
    private final ZoneId zone;

    ImportReportJson(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    Map<String, Object> preview(ImportReport report, ImportTable table, ColumnMapping mapping,
            Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", true);
        body.put("columns", columns(table, mapping));
        body.put("rows", report.total());
        body.put("importable", report.importable());
        body.put("rejected", report.rejected());
        body.put("conflicted", report.conflicts());
        body.put("report", report.rows().stream().map(r -> row(r, table, mapping, locale)).toList());
        return body;
    }

    Map<String, Object> result(ImportResult result, ImportTable table, ColumnMapping mapping, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("importId", result.importId());
        body.put("mode", result.mode());
        body.put("columns", columns(table, mapping));
        body.put("rows", result.report().total());
        body.put("imported", result.imported());
        body.put("skipped", result.skipped());
        body.put("conflicted", result.conflicted());
        body.put("report", result.report().rows().stream().map(r -> row(r, table, mapping, locale)).toList());
        return body;
    }

    /** How the headers were mapped: {@code {header: field}} for the mapped ones. */
    private static Map<String, String> columns(ImportTable table, ColumnMapping mapping) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < table.headers().size() && i < mapping.columns().size(); i++) {
            LeadColumn column = mapping.columns().get(i);
            if (column != null) {
                columns.put(table.headers().get(i), column.name());
            }
        }
        return columns;
    }

    Map<String, Object> row(RowReport row, ImportTable table, ColumnMapping mapping, Locale locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("row", row.row());
        view.put("status", row.status().name());
        if (row.companyName() != null) {
            view.put("companyName", row.companyName());
        }
        if (row.leadId() != null) {
            view.put("leadId", row.leadId());
        }
        view.put("problems", row.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("field", p.field());
            LeadColumn.ofField(p.field()).flatMap(mapping::indexOf).filter(i -> i < table.headers().size())
                    .ifPresent(i -> problem.put("column", table.headers().get(i)));
            problem.put("code", p.messageKey());
            problem.put("message", messages.getMessage(p.messageKey(), null, p.messageKey(), locale));
            return problem;
        }).toList());
        if (row.duplicateOf() != null) {
            view.put("duplicateOf", row.duplicateOf());
            view.put("duplicateMessage", messages.getMessage("lead.import.duplicate",
                    new Object[] {row.duplicateOf()}, locale));
        }
        view.put("signals", row.signals().stream().map(h -> Map.of("category", h.category(),
                "until", h.until().atZoneSameInstant(zone).toLocalDate().toString())).toList());
        return view;
    }
}
