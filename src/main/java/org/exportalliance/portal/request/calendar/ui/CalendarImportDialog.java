package org.exportalliance.portal.request.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.stream.Collectors;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.request.calendar.CalendarFileReader;
import org.exportalliance.portal.request.calendar.CalendarFileRefused;
import org.exportalliance.portal.request.calendar.CalendarImportHasProblems;
import org.exportalliance.portal.request.calendar.CalendarRow;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UploadLanguage;

/**
 * Staff import a file of days: the upload, and, when rows have problems, each such row with its problems in the
 * reader's words, under the file (nothing was imported). A file imported closes the dialog and says how many days.
 */
class CalendarImportDialog extends Dialog {

    final Upload upload = UploadLanguage.upload();
    final Paragraph summary = new Paragraph();
    final Grid<CalendarRow> problems = new Grid<>();
    private final WorkingCalendarService calendar;
    private final SignedIn signedIn;
    private final Runnable onImported;

    CalendarImportDialog(WorkingCalendarService calendar, SignedIn signedIn, Runnable onImported) {
        this.calendar = calendar;
        this.signedIn = signedIn;
        this.onImported = onImported;
        setId("calendar-import-dialog");
        setHeaderTitle(getTranslation("calendar.import.title"));
        setWidth("min(48rem, 95vw)");
        upload.setId("calendar-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CalendarFileReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", "text/csv", Spreadsheet.MEDIA_TYPE);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(bytes)));
        upload.addFileRejectedListener(e -> UiCalls.showRefusal(this, new CalendarFileRefused(
                getTranslation("shell.upload.too-large").equals(e.getErrorMessage()) ? Reason.TOO_LARGE
                        : Reason.WRONG_TYPE)));
        summary.setId("calendar-import-summary");
        summary.getStyle().set("color", "var(--lumo-error-text-color)");
        summary.setVisible(false);
        problems.setId("calendar-import-problems");
        problems.addColumn(CalendarRow::row).setHeader(getTranslation("calendar.import.row")).setAutoWidth(true)
                .setFlexGrow(0).setKey("row");
        problems.addColumn(this::problems).setHeader(getTranslation("calendar.import.problems")).setFlexGrow(1)
                .setKey("problems").setTooltipGenerator(this::problems);
        problems.setHeight("16em");
        problems.setVisible(false);
        add(new Paragraph(getTranslation("calendar.import.intro", CalendarFileReader.MAX_BYTES / (1024 * 1024),
                CalendarFileReader.MAX_ROWS)), upload, summary, problems);
        Button close = new Button(getTranslation("calendar.close"), e -> close());
        close.setId("calendar-import-close");
        getFooter().add(close);
    }

    /** A file arrived (in the UI's access): import it, all or nothing. */
    void received(byte[] content) {
        summary.setVisible(false);
        problems.setVisible(false);
        UiCalls.run(this, calendar.importDays(signedIn.actor(), content), done -> {
            UiCalls.showSuccess(this, "calendar.import.done", done.days(), done.first(), done.last());
            close();
            onImported.run();
        }, refusal -> {
            upload.clearFileList();
            if (refusal instanceof CalendarImportHasProblems rows) {
                summary.setText(getTranslation(rows.messageKey(), rows.args()));
                summary.setVisible(true);
                problems.setItems(rows.withProblems());
                problems.setVisible(true);
            } else {
                UiCalls.showRefusal(this, refusal);
            }
        });
    }

    /** A row's problems in the reader's words: "column: message", joined. */
    String problems(CalendarRow row) {
        return row.problems().stream()
                .map(p -> getTranslation("calendar.import.problem", getTranslation(column(p.field())),
                        getTranslation(p.messageKey(), p.args())))
                .collect(Collectors.joining(" · "));
    }

    private static String column(String field) {
        return switch (field) {
            case "date" -> "calendar.date";
            case "kind" -> "calendar.kind";
            case "nameZh" -> "calendar.name-zh";
            default -> "calendar.name-en";
        };
    }

    List<CalendarRow> shownProblems() {
        return problems.getGenericDataView().getItems().toList();
    }
}
