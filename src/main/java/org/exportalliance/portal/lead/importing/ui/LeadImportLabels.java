package org.exportalliance.portal.lead.importing.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.lead.importing.ColumnMapping;
import org.exportalliance.portal.lead.importing.LeadColumn;
import org.exportalliance.portal.lead.importing.RowReport;

/** The words of an import report row in the user's language: each problem after its column, then the signals. */
final class LeadImportLabels {

    private LeadImportLabels() {}

    static List<String> messages(Component c, RowReport row, List<String> headers, ColumnMapping mapping,
            Map<String, MachineCategory> categories, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        row.problems().forEach(p -> lines.add(column(c, p.field(), headers, mapping) + ": "
                + c.getTranslation(p.messageKey())));
        if (row.duplicateOf() != null) {
            lines.add(c.getTranslation("lead.import.duplicate", row.duplicateOf()));
        }
        if (!row.signals().isEmpty()) {
            lines.add(signal(c, row.signals(), categories, zone));
        }
        return lines;
    }

    /** The blind signal: "registered by another member for … until …", as the claim refusal words it. */
    static String signal(Component c, List<Hold> holds, Map<String, MachineCategory> categories, ZoneId zone) {
        List<MachineCategory> named = holds.stream().map(Hold::category).distinct()
                .map(code -> categories.getOrDefault(code, new MachineCategory(code, code, code))).toList();
        LocalDate until = holds.stream().map(h -> h.until().atZoneSameInstant(zone).toLocalDate())
                .max(LocalDate::compareTo).orElseThrow();
        return c.getTranslation("claim.conflict",
                named.stream().map(MachineCategory::nameZh).collect(Collectors.joining("、")),
                named.stream().map(MachineCategory::nameEn).collect(Collectors.joining(", ")), until);
    }

    /** The file's header of the column a field came from, else the field's own label. */
    private static String column(Component c, String field, List<String> headers, ColumnMapping mapping) {
        return LeadColumn.ofField(field)
                .map(column -> mapping.indexOf(column).filter(i -> i < headers.size() && !headers.get(i).isBlank())
                        .map(headers::get).orElseGet(() -> c.getTranslation(column.messageKey())))
                .orElse(field);
    }
}
