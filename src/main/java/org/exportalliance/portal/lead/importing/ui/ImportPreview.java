package org.exportalliance.portal.lead.importing.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.importing.ColumnMapping;
import org.exportalliance.portal.lead.importing.ImportReport;
import org.exportalliance.portal.lead.importing.ImportTable;
import org.exportalliance.portal.lead.importing.RowReport;
import org.jspecify.annotations.Nullable;

/**
 * What the check found, row by row, before anything is saved: a summary line, each row's status and its problems,
 * duplicates and blind signals in words, and a switch to the rows that need attention. After the import it shows
 * each row's outcome the same way.
 */
class ImportPreview extends VerticalLayout {

    final Span summary = new Span();
    final Checkbox onlyAttention = new Checkbox();
    final Grid<RowReport> report = new Grid<>();

    private final Map<String, MachineCategory> categories;
    private final ZoneId zone;
    private @Nullable ImportTable table;
    private @Nullable ColumnMapping checkedMapping;
    private List<RowReport> rows = List.of();

    ImportPreview(Map<String, MachineCategory> categories, ZoneId zone) {
        this.categories = categories;
        this.zone = zone;
        setPadding(false);
        setWidthFull();
        summary.setId("lead-import-summary");
        onlyAttention.setLabel(getTranslation("lead.import.only-attention"));
        onlyAttention.setId("lead-import-only-attention");
        onlyAttention.addValueChangeListener(e -> showRows());
        report.setId("lead-import-report");
        report.addColumn(RowReport::row).setHeader(getTranslation("lead.import.row")).setAutoWidth(true)
                .setFlexGrow(0).setKey("row");
        report.addColumn(r -> r.companyName() == null ? "" : r.companyName())
                .setHeader(getTranslation("lead.import.column.COMPANY")).setFlexGrow(2).setKey("company");
        report.addComponentColumn(this::statusBadge).setHeader(getTranslation("lead.import.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status");
        report.addColumn(this::messages).setHeader(getTranslation("lead.import.messages")).setFlexGrow(5)
                .setKey("messages").setTooltipGenerator(this::messages);
        report.setAllRowsVisible(false);
        report.setHeight("24em");
        report.setEmptyStateText(getTranslation("lead.import.not-checked"));
        add(summary, onlyAttention, report);
    }

    /** The check's answer for {@code read} as mapped by {@code mapping}. */
    void show(ImportTable read, ColumnMapping mapping, ImportReport checked) {
        table = read;
        checkedMapping = mapping;
        rows = checked.rows();
        summary.setText(getTranslation("lead.import.summary", checked.total(), checked.importable(),
                checked.invalid(), checked.duplicates(), checked.conflicts()));
        showRows();
    }

    /** The rows' outcomes once the import has run. */
    void showImported(List<RowReport> outcome) {
        rows = outcome;
        showRows();
    }

    /** Nothing checked (a new file, a changed mapping or setting): the last answer no longer holds. */
    void clear() {
        rows = List.of();
        checkedMapping = null;
        report.setItems(List.of());
        summary.setText("");
    }

    /** The mapping the rows shown were checked with, which the import must use; none before a check. */
    @Nullable ColumnMapping checkedMapping() {
        return checkedMapping;
    }

    List<RowReport> rows() {
        return rows;
    }

    /** The report's words for each row, for tests. */
    Map<Integer, String> messagesByRow() {
        Map<Integer, String> byRow = new LinkedHashMap<>();
        rows.forEach(r -> byRow.put(r.row(), messages(r)));
        return byRow;
    }

    private void showRows() {
        report.setItems(onlyAttention.getValue()
                ? rows.stream().filter(r -> r.status() != RowReport.Status.OK).toList() : rows);
    }

    private Span statusBadge(RowReport row) {
        Span badge = new Span(getTranslation(row.status().messageKey()));
        badge.getElement().getThemeList().add("badge");
        switch (row.status()) {
            case INVALID -> badge.getElement().getThemeList().add("error");
            case DUPLICATE, CONFLICT, IMPORTED_WITH_CONFLICT -> badge.getElement().getThemeList().add("contrast");
            case OK, IMPORTED -> badge.getElement().getThemeList().add("success");
        }
        return badge;
    }

    private String messages(RowReport row) {
        ImportTable read = table;
        ColumnMapping mapping = checkedMapping;
        if (read == null || mapping == null) {
            return "";
        }
        return String.join(" · ", LeadImportLabels.messages(this, row, read.headers(), mapping, categories, zone));
    }
}
