package org.exportalliance.portal.lead.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.importing.ColumnMapping;
import org.exportalliance.portal.lead.importing.ImportMode;
import org.exportalliance.portal.lead.importing.ImportProgress;
import org.exportalliance.portal.lead.importing.ImportResult;
import org.exportalliance.portal.lead.importing.ImportSettings;
import org.exportalliance.portal.lead.importing.ImportTable;
import org.exportalliance.portal.lead.importing.LeadFileReader;
import org.exportalliance.portal.lead.importing.LeadImports;
import org.exportalliance.portal.lead.importing.RowReport;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
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

    private final LeadImports imports;
    private final SignedIn signedIn;

    final LeadFileUpload upload = new LeadFileUpload(this::received);
    final Span file = new Span();
    final ImportSettingsForm settingsForm;
    final ColumnMappingForm mappingForm = new ColumnMappingForm(this::clearReport);
    final Button check = new Button();
    final ImportPreview preview;
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Button commit = new Button();
    final ImportProgressLine outcome = new ImportProgressLine();
    private final VerticalLayout steps = new VerticalLayout();

    private @Nullable ImportTable table;
    /** The file read has been imported (or there is none): leaving the page loses nothing. */
    private boolean imported = true;

    LeadImportView(LeadImports imports, LeadService leads, FirmService firms, FairService fairs, SignedIn signedIn,
            Clock clock) {
        this.imports = imports;
        this.signedIn = signedIn;
        Map<String, MachineCategory> categories = UiCalls.fetchOne(leads.categories()).orElse(Map.of());
        setId("lead-import");
        setWidthFull();
        add(new H2(getTranslation("lead.import.title")), new Paragraph(getTranslation("lead.import.intro",
                LeadFileReader.MAX_BYTES / (1024 * 1024), LeadFileReader.MAX_ROWS)));
        file.setId("lead-import-file");
        add(upload, file);

        boolean mayShare = UiCalls.fetchOne(leads.mayShareWithAlliance(signedIn.actor())).orElse(false);
        settingsForm = new ImportSettingsForm(mayShare, signedIn.actor().firmId(), categories.values(), firms, fairs,
                this::clearReport);
        preview = new ImportPreview(categories, clock.getZone());
        check.setText(getTranslation("lead.import.check"));
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.setId("lead-import-check");
        check.addClickListener(e -> preview());
        steps.setPadding(false);
        steps.add(new H3(getTranslation("lead.import.settings")), settingsForm,
                new H3(getTranslation("lead.import.mapping")), new Paragraph(getTranslation("lead.import.mapping.hint")),
                mappingForm, check, preview, modeBar(), outcome);
        steps.setVisible(false);
        add(steps);
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
            mappingForm.show(read, imports.suggest(read));
            clearReport();
            steps.setVisible(true);
        }, refusal -> {
            file.setText("");
            UiCalls.showRefusal(this, refusal);
            upload.clear();
        });
    }

    ImportSettings settings() {
        return settingsForm.settings();
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
        HorizontalLayout bar = new HorizontalLayout(mode, commit);
        bar.setAlignItems(FlexComponent.Alignment.END);
        return bar;
    }

    void preview() {
        ImportTable read = table;
        if (read == null) {
            return;
        }
        ColumnMapping mapping = mappingForm.mapping();
        check.setEnabled(false);
        UiCalls.run(this, imports.preview(signedIn.actor(), read, mapping, settings()), checked -> {
            check.setEnabled(true);
            preview.show(read, mapping, checked);
            commit.setEnabled(true);
        }, refusal -> {
            check.setEnabled(true);
            UiCalls.showRefusal(this, refusal);
        });
    }

    private void clearReport() {
        preview.clear();
        outcome.clearResult();
        commit.setEnabled(false);
    }

    /**
     * Saving leads cannot be undone (they may be shared with the whole alliance at once): asks first, naming how many
     * and with whom. When nothing would be saved (all or nothing with rejected rows), the service's refusal says why.
     */
    void confirmCommit() {
        ImportMode chosen = mode.getValue() == null ? ImportMode.ALL_OR_NOTHING : mode.getValue();
        List<RowReport> rows = preview.rows();
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
        ColumnMapping mapping = preview.checkedMapping();
        if (read == null || mapping == null) {
            return;
        }
        Actor actor = signedIn.actor();
        UI ui = UI.getCurrent();
        commit.setEnabled(false);
        check.setEnabled(false);
        outcome.start();
        ImportMode chosen = mode.getValue() == null ? ImportMode.ALL_OR_NOTHING : mode.getValue();
        // Pushing writes to a socket: leave the reactive thread first. A closed page must not cancel the commit.
        imports.commit(actor, read, mapping, settings(), chosen)
                .publishOn(Schedulers.boundedElastic())
                .subscribe(p -> access(ui, () -> show(p)), error -> access(ui, () -> failed(error)));
    }

    private void show(ImportProgress p) {
        outcome.show(p);
        ImportResult done = p.result();
        if (done != null) {
            imported = true;
            preview.showImported(done.report().rows());
            outcome.done(done);
            UiCalls.showSuccess(this, "lead.import.done", done.imported(), done.skipped(), done.conflicted());
            check.setEnabled(true);
        }
    }

    private void failed(Throwable error) {
        outcome.failed(error);
        check.setEnabled(true);
        commit.setEnabled(true);
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

    @Override
    public String getPageTitle() {
        return getTranslation("lead.import.title") + " · " + getTranslation("app.title");
    }
}
