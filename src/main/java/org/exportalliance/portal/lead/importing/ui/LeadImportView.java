package org.exportalliance.portal.lead.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.importing.ColumnMapping;
import org.exportalliance.portal.lead.importing.ImportMode;
import org.exportalliance.portal.lead.importing.ImportProgress;
import org.exportalliance.portal.lead.importing.ImportReport;
import org.exportalliance.portal.lead.importing.ImportResult;
import org.exportalliance.portal.lead.importing.ImportSettings;
import org.exportalliance.portal.lead.importing.ImportTable;
import org.exportalliance.portal.lead.importing.LeadColumn;
import org.exportalliance.portal.lead.importing.LeadFileReader;
import org.exportalliance.portal.lead.importing.LeadImports;
import org.exportalliance.portal.lead.importing.RowReport;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UploadLanguage;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Schedulers;

/**
 * Importing leads from a CSV or .xlsx file: upload, the settings for every row (visibility, default source, fair),
 * the column mapping the headers suggest, a preview with every row's problems, duplicates and blind signals, then the
 * commit (all or nothing, or the good rows only) with a progress bar. Decisions are the import service's. Saving asks
 * first (an import cannot be undone), and leaving the page with a file read but not imported asks too.
 */
@Route("leads/import")
@PermitAll
public class LeadImportView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LeadImportView.class);

    private final LeadImports imports;
    private final SignedIn signedIn;
    private final ZoneId zone;
    private final Map<String, MachineCategory> categories;

    final Upload upload = UploadLanguage.upload();
    final Span file = new Span();
    final ImportSettingsForm settingsForm;
    final FormLayout mappingForm = new FormLayout();
    final List<ComboBox<LeadColumn>> mappingFields = new ArrayList<>();
    final Button check = new Button();
    final Span summary = new Span();
    final Checkbox onlyAttention = new Checkbox();
    final Grid<RowReport> report = new Grid<>();
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Button commit = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Span result = new Span();
    private final VerticalLayout steps = new VerticalLayout();

    private @Nullable ImportTable table;
    private @Nullable ColumnMapping checkedMapping;
    private List<RowReport> rows = List.of();
    /** The file read has been imported (or there is none): leaving the page loses nothing. */
    private boolean imported = true;

    LeadImportView(LeadImports imports, LeadService leads, FirmService firms, FairService fairs, SignedIn signedIn,
            Clock clock) {
        this.imports = imports;
        this.signedIn = signedIn;
        this.zone = clock.getZone();
        this.categories = UiCalls.fetchOne(leads.categories()).orElse(Map.of());
        setId("lead-import");
        setWidthFull();
        add(new H2(getTranslation("lead.import.title")), new Paragraph(getTranslation("lead.import.intro",
                LeadFileReader.MAX_BYTES / (1024 * 1024), LeadFileReader.MAX_ROWS)));
        configureUpload();
        file.setId("lead-import-file");
        add(upload, file);

        boolean mayShare = UiCalls.fetchOne(leads.mayShareWithAlliance(signedIn.actor())).orElse(false);
        settingsForm = new ImportSettingsForm(mayShare, signedIn.actor().firmId(), categories.values(), firms, fairs,
                this::clearReport);
        configureReport();
        steps.setPadding(false);
        steps.add(new H3(getTranslation("lead.import.settings")), settingsForm,
                new H3(getTranslation("lead.import.mapping")), new Paragraph(getTranslation("lead.import.mapping.hint")),
                mappingForm, check, summary, onlyAttention, report, modeBar(), progress, progressText, result);
        steps.setVisible(false);
        add(steps);
    }

    private void configureUpload() {
        upload.setId("lead-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LeadFileReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", "text/csv", Spreadsheet.MEDIA_TYPE);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        upload.addFileRejectedListener(e -> UiCalls.showRefusal(this,
                new org.exportalliance.portal.lead.importing.ImportFileRefused(
                        e.getErrorMessage() != null && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("size")
                                ? org.exportalliance.portal.lead.importing.ImportFileRefused.Reason.TOO_LARGE
                                : org.exportalliance.portal.lead.importing.ImportFileRefused.Reason.WRONG_TYPE)));
    }

    /** A file arrived (in the UI's access): read it, then show the mapping it suggests. */
    void received(String fileName, byte[] content) {
        table = null;
        steps.setVisible(false);
        file.setText(getTranslation("lead.import.reading", fileName));
        UiCalls.run(this, imports.read(content), read -> {
            table = read;
            imported = false;
            file.setText(getTranslation("lead.import.file", fileName, read.rows().size()));
            showMapping(read, imports.suggest(read));
            steps.setVisible(true);
        }, refusal -> {
            file.setText("");
            UiCalls.showRefusal(this, refusal);
            upload.clearFileList();
        });
    }

    private void showMapping(ImportTable read, ColumnMapping suggested) {
        mappingForm.removeAll();
        mappingFields.clear();
        for (int i = 0; i < read.headers().size(); i++) {
            ComboBox<LeadColumn> field = new ComboBox<>();
            String header = read.headers().get(i);
            field.setLabel(header.isBlank() ? getTranslation("lead.import.column-number", i + 1) : header);
            field.setId("mapping-" + i);
            field.setItems(LeadColumn.values());
            field.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
            field.setPlaceholder(getTranslation("lead.import.not-imported"));
            field.setClearButtonVisible(true);
            field.setValue(i < suggested.columns().size() ? suggested.columns().get(i) : null);
            field.addValueChangeListener(e -> clearReport());
            mappingFields.add(field);
            mappingForm.add(field);
        }
        mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 4));
        clearReport();
    }

    ColumnMapping mapping() {
        List<@Nullable LeadColumn> columns = new ArrayList<>();
        mappingFields.forEach(f -> columns.add(f.getValue()));
        return new ColumnMapping(columns);
    }

    ImportSettings settings() {
        return settingsForm.settings();
    }

    private void configureReport() {
        check.setText(getTranslation("lead.import.check"));
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.setId("lead-import-check");
        check.addClickListener(e -> preview());
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
    }

    private HorizontalLayout modeBar() {
        mode.setId("lead-import-mode");
        mode.setLabel(getTranslation("lead.import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        commit.setText(getTranslation("lead.import.commit"));
        commit.setIcon(VaadinIcon.UPLOAD.create());
        commit.setId("lead-import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> confirmCommit());
        progress.setId("lead-import-progress");
        progress.setVisible(false);
        progressText.setId("lead-import-progress-text");
        result.setId("lead-import-result");
        HorizontalLayout bar = new HorizontalLayout(mode, commit);
        bar.setAlignItems(FlexComponent.Alignment.END);
        return bar;
    }

    void preview() {
        ImportTable read = table;
        if (read == null) {
            return;
        }
        ColumnMapping mapping = mapping();
        check.setEnabled(false);
        UiCalls.run(this, imports.preview(signedIn.actor(), read, mapping, settings()), checked -> {
            check.setEnabled(true);
            checkedMapping = mapping;
            rows = checked.rows();
            summary.setText(summaryOf(checked));
            showRows();
            commit.setEnabled(true);
        }, refusal -> {
            check.setEnabled(true);
            UiCalls.showRefusal(this, refusal);
        });
    }

    private String summaryOf(ImportReport r) {
        return getTranslation("lead.import.summary", r.total(), r.importable(), r.invalid(), r.duplicates(),
                r.conflicts());
    }

    private void showRows() {
        report.setItems(onlyAttention.getValue()
                ? rows.stream().filter(r -> r.status() != RowReport.Status.OK).toList() : rows);
    }

    private void clearReport() {
        rows = List.of();
        checkedMapping = null;
        report.setItems(List.of());
        summary.setText("");
        result.setText("");
        commit.setEnabled(false);
    }

    /**
     * Saving leads cannot be undone (they may be shared with the whole alliance at once): asks first, naming how many
     * and with whom. When nothing would be saved (all or nothing with rejected rows), the service's refusal says why.
     */
    void confirmCommit() {
        ImportMode chosen = mode.getValue() == null ? ImportMode.ALL_OR_NOTHING : mode.getValue();
        long saved = rows.stream().filter(RowReport::importable).count();
        if (saved == 0 || (chosen == ImportMode.ALL_OR_NOTHING && saved < rows.size())) {
            commit();
            return;
        }
        Confirmation.of(getTranslation("lead.import.confirm.title", saved),
                        getTranslation("lead.import.confirm.text",
                                getTranslation(settings().visibility().messageKey())),
                        getTranslation("lead.import.commit"))
                .onConfirm(reason -> commit())
                .open();
    }

    void commit() {
        ImportTable read = table;
        ColumnMapping mapping = checkedMapping;
        if (read == null || mapping == null) {
            return;
        }
        Actor actor = signedIn.actor();
        UI ui = UI.getCurrent();
        commit.setEnabled(false);
        check.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText(getTranslation("lead.import.progress.CHECKING"));
        result.setText("");
        ImportMode chosen = mode.getValue() == null ? ImportMode.ALL_OR_NOTHING : mode.getValue();
        // Pushing writes to a socket: leave the reactive thread first. A closed page must not cancel the commit.
        imports.commit(actor, read, mapping, settings(), chosen)
                .publishOn(Schedulers.boundedElastic())
                .subscribe(p -> access(ui, () -> show(p)), error -> access(ui, () -> failed(error)));
    }

    private void show(ImportProgress p) {
        progress.setValue(p.fraction());
        progressText.setText(getTranslation("lead.import.progress." + p.stage().name(), p.done(), p.total()));
        ImportResult done = p.result();
        if (done != null) {
            imported = true;
            rows = done.report().rows();
            showRows();
            result.setText(getTranslation("lead.import.done", done.imported(), done.skipped(), done.conflicted()));
            UiCalls.showSuccess(this, "lead.import.done", done.imported(), done.skipped(), done.conflicted());
            check.setEnabled(true);
        }
    }

    private void failed(Throwable error) {
        progress.setVisible(false);
        progressText.setText("");
        check.setEnabled(true);
        commit.setEnabled(true);
        // The result line under the file says why, once; no notification repeats it.
        if (error instanceof Refusal refusal) {
            result.setText(getTranslation(refusal.messageKey(), refusal.args()));
        } else {
            log.error("A lead import failed", error);
            result.setText(getTranslation("error.unexpected"));
        }
    }

    private static void access(UI ui, Runnable task) {
        try {
            ui.access(task::run);
        } catch (UIDetachedException gone) {
            // The page was closed; the import goes on and its result stays in the audit trail and the lead list.
        }
    }

    /** A file read and not imported yet would have to be uploaded and checked again: asks before leaving. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (imported) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Confirmation.of(getTranslation("shell.discard.title"), getTranslation("lead.import.leave"),
                        getTranslation("lead.import.leave.confirm"))
                .keepLabel(getTranslation("shell.discard.keep"))
                .onConfirm(reason -> leave.proceed())
                .open();
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

    /** The row report's words for one row, for tests. */
    Map<Integer, String> messagesByRow() {
        Map<Integer, String> byRow = new LinkedHashMap<>();
        rows.forEach(r -> byRow.put(r.row(), messages(r)));
        return byRow;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("lead.import.title") + " · " + getTranslation("app.title");
    }
}
