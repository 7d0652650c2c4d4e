package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.RequestRules;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * A comment between the firm and the unit, under the history; the unit and staff may instead write an internal note
 * the firm never sees. A refusal marks the text; a comment sent clears the box and the page shows it.
 */
class CommentBox extends VerticalLayout {

    final TextArea text = new TextArea();
    final Checkbox internal = new Checkbox();
    final Button send = new Button();
    private final FieldErrors fields = new FieldErrors(this);
    private final RequestService requests;
    private final Runnable sent;
    private @Nullable ShownRequest shown;

    CommentBox(RequestService requests, Runnable sent) {
        this.requests = requests;
        this.sent = sent;
        setPadding(false);
        setId("request-comment-box");
        text.setLabel(getTranslation("request.comment"));
        text.setMaxLength(RequestRules.MAX_TEXT);
        text.setWidthFull();
        text.setId("request-comment");
        fields.put("text", text);
        internal.setLabel(getTranslation("request.comment.internal"));
        internal.setId("request-comment-internal");
        send.setText(getTranslation("request.comment.send"));
        send.setId("request-comment-send");
        send.addClickListener(e -> send());
        HorizontalLayout row = new HorizontalLayout(internal, send);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        add(text, row);
    }

    void show(ShownRequest request) {
        this.shown = request;
        ServiceRequest r = request.request();
        internal.setVisible(!request.reader().ofTheFirm(r));
        text.setHelperText(getTranslation(request.reader().ofTheFirm(r) ? "request.comment.hint-firm"
                : "request.comment.hint-unit"));
    }

    void send() {
        ShownRequest request = shown;
        if (request == null) {
            return;
        }
        List<FieldProblem> problems = RequestRules.text("text", text.getValue(), RequestRules.MAX_TEXT);
        mark(problems);
        if (!problems.isEmpty()) {
            return;
        }
        boolean note = internal.isVisible() && internal.getValue();
        send.setEnabled(false);
        UiCalls.run(this, requests.comment(request.reader().actor(), request.request().id(), text.getValue(), note),
                comment -> {
                    send.setEnabled(true);
                    text.clear();
                    internal.setValue(false);
                    sent.run();
                }, UiCalls.intoForm(this, this::mark));
    }

    private void mark(List<FieldProblem> problems) {
        send.setEnabled(true);
        fields.show(problems);
    }
}
