package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.ServiceRequest;
import reactor.core.publisher.Mono;

/** Staff set a request's priority; its running clocks move with it (the working time spent still counts). */
class PriorityDialog extends StepDialog {

    final RadioButtonGroup<Priority> priority = new RadioButtonGroup<>();
    private final Function<Priority, Mono<ServiceRequest>> step;

    PriorityDialog(Priority current, Function<Priority, Mono<ServiceRequest>> step, Consumer<ServiceRequest> done) {
        super("request-priority-dialog", done);
        setHeaderTitle(getTranslation("request.action.priority"));
        save.setText(getTranslation("request.action.priority.save"));
        this.step = step;
        priority.setLabel(getTranslation("requests.priority"));
        priority.setHelperText(getTranslation("request.action.priority.hint"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        priority.setValue(current);
        priority.setId("request-priority-choice");
        field("priority", priority);
        add(priority);
    }

    @Override
    protected List<FieldProblem> check() {
        return priority.getValue() == null ? List.of(new FieldProblem("priority", "validation.required")) : List.of();
    }

    @Override
    protected Mono<ServiceRequest> call() {
        return step.apply(priority.getValue());
    }
}
