package org.exportalliance.portal.shell;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Makes an upload speak the reader's language: its "Upload file…" button, "Drop file here", the refusals of a file
 * too large or of the wrong type, and the texts of a file on its way. Vaadin's own are English. Views make their
 * uploads here ({@link #upload()}); {@code ArchitectureTest} keeps it so.
 */
public final class UploadLanguage {

    private UploadLanguage() {}

    /** An upload in the reader's language (the current UI's). */
    public static Upload upload() {
        return apply(new Upload());
    }

    public static Upload apply(Upload upload) {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(upload, "shell.upload.connecting"))
                        .setStalled(text(upload, "shell.upload.stalled"))
                        .setProcessing(text(upload, "shell.upload.processing"))
                        .setHeld(text(upload, "shell.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text(upload, "shell.upload.remaining"))
                        .setUnknown(text(upload, "shell.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text(upload, "shell.upload.server-unavailable"))
                        .setUnexpectedServerError(text(upload, "shell.upload.server-error"))
                        .setForbidden(text(upload, "shell.upload.forbidden"))
                        .setFileTooLarge(text(upload, "shell.upload.too-large")));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "shell.upload.add-one"))
                        .setMany(text(upload, "shell.upload.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "shell.upload.drop-one"))
                        .setMany(text(upload, "shell.upload.drop-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(text(upload, "shell.upload.too-many"))
                        .setFileIsTooBig(text(upload, "shell.upload.too-large"))
                        .setIncorrectFileType(text(upload, "shell.upload.wrong-type")))
                .setFile(new UploadI18N.File().setRetry(text(upload, "shell.upload.retry"))
                        .setStart(text(upload, "shell.upload.start"))
                        .setRemove(text(upload, "shell.upload.remove")))
                .setUploading(uploading));
        return upload;
    }

    private static String text(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
