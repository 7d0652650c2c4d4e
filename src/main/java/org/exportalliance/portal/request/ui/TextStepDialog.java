package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.RequestRules;
import org.exportalliance.portal.request.ServiceRequest;
import reactor.core.publisher.Mono;

/**
 * A step that takes a text the request keeps: the unit's question to the firm ({@code pause}), what the unit did
 * ({@code resolve}), why the firm reopens it ({@code reopen}). Its words are {@code request.action.<action>.*};
 * {@code name} is what the service calls the text in its refusals.
 */
class TextStepDialog extends StepDialog {

    final TextArea text = new TextArea();
    private final String name;
    private final int max;
    private final Function<String, Mono<ServiceRequest>> step;

    TextStepDialog(String action, String name, int max, Function<String, Mono<ServiceRequest>> step,
            Consumer<ServiceRequest> done) {
        super("request-" + action + "-dialog", done);
        this.name = name;
        this.max = max;
        this.step = step;
        String words = "request.action." + action;
        setHeaderTitle(getTranslation(words));
        save.setText(getTranslation(words + ".save"));
        text.setLabel(getTranslation(words + ".text"));
        text.setMaxLength(max);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setId("request-" + action + "-text");
        field(name, text);
        add(new Paragraph(getTranslation(words + ".intro")), text);
    }

    @Override
    protected List<FieldProblem> check() {
        return RequestRules.text(name, text.getValue(), max);
    }

    @Override
    protected Mono<ServiceRequest> call() {
        return step.apply(text.getValue());
    }
}
