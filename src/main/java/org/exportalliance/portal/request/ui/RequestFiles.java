package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.math.BigDecimal;
import java.util.List;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.Attachment;
import org.exportalliance.portal.request.RequestAttachments;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UploadLanguage;
import org.jspecify.annotations.Nullable;

/**
 * A request's files: each a download link (internal ones marked, and shown only to the unit and staff), and while the
 * request is open a box to add one — PDF, images or .xlsx up to 10 MB, checked by the service by their bytes.
 */
class RequestFiles extends VerticalLayout {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    final Div files = new Div();
    final Upload upload = UploadLanguage.upload();
    final Checkbox internal = new Checkbox();
    private final RequestAttachments attachments;
    private final Runnable changed;
    private @Nullable ShownRequest shown;

    RequestFiles(RequestAttachments attachments, Runnable changed) {
        this.attachments = attachments;
        this.changed = changed;
        setPadding(false);
        setId("request-files");
        files.setId("request-file-list");
        upload.setId("request-file-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".xlsx");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        internal.setLabel(getTranslation("request.files.internal"));
        internal.setId("request-file-internal");
        add(new H3(getTranslation("request.files.title")), files, upload, internal);
    }

    void show(ShownRequest request) {
        this.shown = request;
        ServiceRequest r = request.request();
        List<Attachment> list = UiCalls.fetch(attachments.list(request.reader().actor(), r.id())).toList();
        files.removeAll();
        if (list.isEmpty()) {
            files.add(new Span(getTranslation("request.files.none")));
        }
        for (Attachment a : list) {
            Anchor link = Downloads.anchor(a.fileName() + " · " + size(a.sizeBytes()),
                    () -> attachments.download(request.reader().actor(), r.id(), a.id()));
            Div row = new Div(link);
            if (a.internal()) {
                row.add(new Span(" · " + getTranslation("request.files.internal-mark")));
            }
            files.add(row);
        }
        boolean open = r.status().open();
        upload.setVisible(open);
        internal.setVisible(open && !request.reader().ofTheFirm(r));
    }

    void received(String fileName, byte[] bytes) {
        ShownRequest request = shown;
        if (request == null) {
            return;
        }
        boolean keepInternal = internal.isVisible() && internal.getValue();
        UiCalls.run(this, attachments.attach(request.reader().actor(), request.request().id(), fileName, bytes,
                keepInternal), saved -> {
                    upload.clearFileList();
                    internal.setValue(false);
                    changed.run();
                }, refusal -> {
                    upload.clearFileList();
                    UiCalls.showRefusal(this, refusal);
                });
    }

    private String size(int bytes) {
        return bytes < 1024 * 1024
                ? Formats.number(BigDecimal.valueOf(Math.max(1, Math.round(bytes / 1024.0))), 0, getLocale()) + " KB"
                : Formats.number(BigDecimal.valueOf(bytes / (1024.0 * 1024.0)), 1, getLocale()) + " MB";
    }
}
