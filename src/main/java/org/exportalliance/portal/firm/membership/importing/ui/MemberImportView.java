package org.exportalliance.portal.firm.membership.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.membership.importing.ImportedFirm;
import org.exportalliance.portal.firm.membership.importing.MemberColumn;
import org.exportalliance.portal.firm.membership.importing.MemberFileReader;
import org.exportalliance.portal.firm.membership.importing.MemberFileRefused;
import org.exportalliance.portal.firm.membership.importing.MemberImportHasProblems;
import org.exportalliance.portal.firm.membership.importing.MemberImportReport;
import org.exportalliance.portal.firm.membership.importing.MemberImportResult;
import org.exportalliance.portal.firm.membership.importing.MemberImports;
import org.exportalliance.portal.firm.membership.importing.MemberRow;
import org.exportalliance.portal.firm.membership.importing.MemberSheet;
import org.exportalliance.portal.firm.membership.importing.RowProblem;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UploadLanguage;
import org.jspecify.annotations.Nullable;

/**
 * Importing the member list (会员企业 → 导入): a template to fill in, the upload, the preview with every row's problems
 * in the reader's language, and the import of every firm once no row has one (asked first: it cannot be undone).
 * Afterwards it says how many firms were enrolled and admins invited, and lists the links to pass on when no e-mail
 * went out. Leaving with a checked file not imported asks too. Decisions are {@link MemberImports}'.
 */
@Route("members/import")
@RolesAllowed("STAFF")
public class MemberImportView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    final Upload upload = UploadLanguage.upload();
    final Span file = new Span();
    final Span summary = new Span();
    final Grid<MemberRow> report = new Grid<>();
    final Button commit = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph result = new Paragraph();
    final Grid<ImportedFirm> links = new Grid<>();
    private final MemberImports imports;
    private final Actor actor;
    private @Nullable MemberSheet sheet;
    private @Nullable MemberImportReport checked;

    MemberImportView(MemberImports imports, SignedIn signedIn) {
        this.imports = imports;
        this.actor = signedIn.actor();
        setId("member-import");
        setWidthFull();
        Anchor template = Downloads.anchor(getTranslation("members.import.template"),
                () -> imports.template(actor, getLocale()));
        template.setId("member-import-template");
        add(new H2(getTranslation("members.import.title")), new Paragraph(getTranslation("members.import.intro",
                MemberFileReader.MAX_BYTES / (1024 * 1024), MemberFileReader.MAX_ROWS)), template);
        configureUpload();
        file.setId("member-import-file");
        summary.setId("member-import-summary");
        configureReport();
        commit.setId("member-import-commit");
        commit.setIcon(VaadinIcon.UPLOAD.create());
        commit.setText(getTranslation("members.import.commit", 0));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> confirmCommit());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        result.setId("member-import-result");
        configureLinks();
        add(upload, file, summary, report, commit, progress, result, links);
    }

    private void configureUpload() {
        upload.setId("member-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MemberFileReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", "text/csv", Spreadsheet.MEDIA_TYPE);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        upload.addFileRejectedListener(e -> UiCalls.showRefusal(this, new MemberFileRefused(
                getTranslation("shell.upload.too-large").equals(e.getErrorMessage()) ? Reason.TOO_LARGE
                        : Reason.WRONG_TYPE)));
    }

    private void configureReport() {
        report.setId("member-import-report");
        report.addColumn(MemberRow::row).setHeader(getTranslation("members.import.row")).setAutoWidth(true)
                .setFlexGrow(0).setKey("row");
        report.addColumn(MemberRow::name).setHeader(getTranslation("firm.name")).setFlexGrow(2).setKey("firm");
        report.addColumn(r -> r.adminEmail() == null ? "" : r.adminEmail())
                .setHeader(getTranslation("members.import.column.ADMIN_EMAIL")).setFlexGrow(1).setKey("admin");
        report.addColumn(this::problems).setHeader(getTranslation("members.import.problems")).setFlexGrow(4)
                .setKey("problems").setTooltipGenerator(this::problems);
        report.setPartNameGenerator(r -> r.importable() ? null : "invalid-row");
        report.setEmptyStateText(getTranslation("members.import.not-checked"));
        report.setHeight("24em");
    }

    private void configureLinks() {
        links.setId("member-import-links");
        links.addColumn(f -> f.firm().name(getLocale())).setHeader(getTranslation("firm.name")).setFlexGrow(1);
        links.addColumn(f -> Objects.requireNonNull(f.invitation()).invitation().email())
                .setHeader(getTranslation("invitation.email")).setFlexGrow(1);
        links.addColumn(f -> Objects.requireNonNull(f.invitation()).link())
                .setHeader(getTranslation("invitation.link")).setFlexGrow(3).setKey("link");
        links.setAllRowsVisible(true);
        links.setVisible(false);
    }

    /** A file arrived (in the UI's access): read and check it. */
    void received(String fileName, byte[] content) {
        clear();
        file.setText(getTranslation("members.import.reading", fileName));
        UiCalls.run(this, imports.read(content).flatMap(read -> imports.preview(actor, read)
                .map(preview -> new Checked(read, preview))), done -> {
                    sheet = done.sheet();
                    file.setText(getTranslation("members.import.file", fileName, done.report().total()));
                    show(done.report());
                }, refusal -> {
                    file.setText("");
                    UiCalls.showRefusal(this, refusal);
                    upload.clearFileList();
                });
    }

    private record Checked(MemberSheet sheet, MemberImportReport report) {}

    private void show(MemberImportReport preview) {
        checked = preview;
        report.setItems(preview.rows());
        summary.setText(getTranslation(preview.importable() ? "members.import.summary.ready"
                : "members.import.summary.problems", preview.total(), preview.withProblems(), preview.admins()));
        commit.setText(getTranslation("members.import.commit", preview.total()));
        commit.setEnabled(preview.importable());
    }

    /** Enrolling cannot be undone in one step: asks first, naming how many firms and invitations. */
    void confirmCommit() {
        MemberImportReport preview = checked;
        if (preview == null || !preview.importable()) {
            return;
        }
        Confirmation.of(getTranslation("members.import.confirm.title", preview.total()),
                        getTranslation("members.import.confirm.text", preview.total(), preview.admins()),
                        getTranslation("members.import.confirm.import"))
                .onConfirm(reason -> commit())
                .open();
    }

    void commit() {
        MemberSheet read = sheet;
        if (read == null) {
            return;
        }
        commit.setEnabled(false);
        progress.setVisible(true);
        UiCalls.run(this, imports.run(actor, read), this::imported, refusal -> {
            progress.setVisible(false);
            if (refusal instanceof MemberImportHasProblems problems) {
                show(problems.report());
            }
            UiCalls.showRefusal(this, refusal);
        });
    }

    private void imported(MemberImportResult done) {
        progress.setVisible(false);
        sheet = null;
        checked = null;
        commit.setEnabled(false);
        upload.clearFileList();
        result.setText(getTranslation("members.import.done", done.enrolled(), done.invited(), done.mailed()));
        UiCalls.showSuccess(this, "members.import.done", done.enrolled(), done.invited(), done.mailed());
        List<ImportedFirm> unmailed = done.firms().stream()
                .filter(f -> f.invitation() != null && !f.invitation().mailed()).toList();
        links.setItems(unmailed);
        links.setVisible(!unmailed.isEmpty());
        if (!unmailed.isEmpty()) {
            result.setText(result.getText() + " " + getTranslation("members.import.pass-on"));
        }
    }

    private void clear() {
        sheet = null;
        checked = null;
        report.setItems(List.of());
        summary.setText("");
        result.setText("");
        links.setVisible(false);
        commit.setEnabled(false);
    }

    /** A row's problems in the reader's words: "column “value”: message", joined. */
    String problems(MemberRow row) {
        return row.problems().stream().map(this::problem).collect(Collectors.joining(" · "));
    }

    private String problem(RowProblem p) {
        String column = MemberColumn.ofField(p.field()).map(c -> getTranslation(c.messageKey())).orElse(p.field());
        String where = p.value() == null ? column : getTranslation("members.import.cell", column, p.value());
        return getTranslation("members.import.problem", where, getTranslation(p.messageKey(), p.args()));
    }

    /** A checked file not imported would have to be uploaded again: asks before leaving. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (sheet == null) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Confirmation.of(getTranslation("shell.discard.title"), getTranslation("members.import.leave"),
                        getTranslation("members.import.leave.confirm"))
                .keepLabel(getTranslation("shell.discard.keep"))
                .onConfirm(reason -> leave.proceed())
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.import.title") + " · " + getTranslation("app.title");
    }
}
