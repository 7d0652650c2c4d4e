package org.exportalliance.portal.lead.importing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.exportalliance.portal.lead.importing.ImportFileRefused;
import org.exportalliance.portal.lead.importing.LeadFileReader;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UploadLanguage;

/**
 * The box a lead file is dropped on, in the reader's language: one CSV or .xlsx file within the reader's size limit.
 * A file the browser already refuses (too large, another type) is refused in the same words as the reader's own
 * refusal. It wraps the shell's upload rather than extending {@link Upload}, as only the shell makes uploads.
 */
class LeadFileUpload extends Composite<Upload> {

    private final BiConsumer<String, byte[]> received;

    /** {@code received} gets the file's name and content, in the UI's access. */
    LeadFileUpload(BiConsumer<String, byte[]> received) {
        this.received = received;
    }

    @Override
    protected Upload initContent() {
        Upload upload = UploadLanguage.upload();
        upload.setId("lead-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LeadFileReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", "text/csv", Spreadsheet.MEDIA_TYPE);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received.accept(metadata.fileName(),
                bytes)));
        upload.addFileRejectedListener(e -> UiCalls.showRefusal(this, new ImportFileRefused(
                e.getErrorMessage() != null && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("size")
                        ? ImportFileRefused.Reason.TOO_LARGE : ImportFileRefused.Reason.WRONG_TYPE)));
        return upload;
    }

    /** Forgets the file shown, after it was refused. */
    void clear() {
        getContent().clearFileList();
    }
}
