package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.Attachment;
import org.exportalliance.portal.request.LabTests;
import org.exportalliance.portal.request.RequestAttachments;
import org.exportalliance.portal.request.RequestRules;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UploadLanguage;
import reactor.core.publisher.Mono;

/**
 * The shared lab hands over its report: a PDF the firm may see — one already on the request, or one uploaded here —
 * and a summary of the results. The request is resolved with it and waits for the firm to confirm.
 */
class ReportDialog extends StepDialog {

    static final String PDF = "application/pdf";

    final ComboBox<Attachment> report = new ComboBox<>();
    final Upload upload = UploadLanguage.upload();
    final TextArea summary = new TextArea();
    private final List<Attachment> pdfs = new ArrayList<>();
    private final Actor actor;
    private final ServiceRequest request;
    private final LabTests labTests;
    private final RequestAttachments attachments;

    ReportDialog(Actor actor, ServiceRequest request, List<Attachment> files, LabTests labTests,
            RequestAttachments attachments, Consumer<ServiceRequest> done) {
        super("request-report-dialog", done);
        this.actor = actor;
        this.request = request;
        this.labTests = labTests;
        this.attachments = attachments;
        setHeaderTitle(getTranslation("request.lab.report"));
        save.setText(getTranslation("request.lab.report.save"));
        files.stream().filter(a -> PDF.equals(a.contentType()) && !a.internal()).forEach(pdfs::add);
        report.setLabel(getTranslation("request.lab.report.file"));
        report.setItems(pdfs);
        report.setItemLabelGenerator(Attachment::fileName);
        report.setRequiredIndicatorVisible(true);
        report.setWidthFull();
        report.setId("request-report-file");
        if (pdfs.size() == 1) {
            report.setValue(pdfs.getFirst());
        }
        upload.setId("request-report-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RequestFiles.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        summary.setLabel(getTranslation("request.lab.report.summary"));
        summary.setMaxLength(RequestRules.MAX_TEXT);
        summary.setRequiredIndicatorVisible(true);
        summary.setWidthFull();
        summary.setMinHeight("6em");
        summary.setId("request-report-summary");
        field("attachmentId", report);
        field("file", report);
        field("resolution", summary);
        add(new Paragraph(getTranslation("request.lab.report.intro")), report, upload, summary);
    }

    /** A PDF uploaded here goes on the request for the firm to see, and becomes the report. */
    void received(String fileName, byte[] bytes) {
        UiCalls.run(this, attachments.attach(actor, request.id(), fileName, bytes, false), saved -> {
            upload.clearFileList();
            if (PDF.equals(saved.contentType())) {
                pdfs.add(saved);
                report.setItems(pdfs);
                report.setValue(saved);
                report.setInvalid(false);
            } else {
                report.setErrorMessage(getTranslation("request.lab.report.pdf"));
                report.setInvalid(true);
            }
        }, refusal -> {
            upload.clearFileList();
            UiCalls.showRefusal(this, refusal);
        });
    }

    @Override
    protected List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (report.getValue() == null) {
            problems.add(new FieldProblem("attachmentId", "request.lab.report.pdf"));
        }
        problems.addAll(RequestRules.text("resolution", summary.getValue(), RequestRules.MAX_TEXT));
        return problems;
    }

    @Override
    protected Mono<ServiceRequest> call() {
        Attachment chosen = report.getValue();
        return chosen == null ? Mono.empty()
                : labTests.report(actor, request.id(), chosen.id(), summary.getValue());
    }
}
