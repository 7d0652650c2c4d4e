package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.request.UnitSuggestion;
import reactor.core.publisher.Mono;

/**
 * Staff dispatch a request to a unit (链上派单), or again to another: the units that serve its category first, each
 * with the requests it has in hand, lightest first, so the first choice is usually the right one.
 */
class DispatchDialog extends StepDialog {

    final RadioButtonGroup<UnitSuggestion> unit = new RadioButtonGroup<>();
    private final Function<UnitSuggestion, Mono<ServiceRequest>> step;

    DispatchDialog(boolean again, String categoryName, List<UnitSuggestion> suggestions,
            Function<UnitSuggestion, Mono<ServiceRequest>> step, Consumer<ServiceRequest> done) {
        super("request-dispatch-dialog", done);
        String action = again ? "request.action.redispatch" : "request.action.dispatch";
        setHeaderTitle(getTranslation(action));
        save.setText(getTranslation(action));
        this.step = step;
        unit.setLabel(getTranslation("request.action.dispatch.unit"));
        unit.setItems(suggestions);
        unit.setItemLabelGenerator(s -> getTranslation(s.serves() ? "request.action.dispatch.serves"
                : "request.action.dispatch.other", s.unit().name(getLocale()), s.open()));
        unit.setId("request-dispatch-unit");
        unit.setRequiredIndicatorVisible(true);
        if (!suggestions.isEmpty()) {
            unit.setValue(suggestions.getFirst());
        }
        field("unit", unit);
        add(new Paragraph(getTranslation("request.action.dispatch.intro", categoryName)), unit);
    }

    @Override
    protected List<FieldProblem> check() {
        return unit.getValue() == null ? List.of(new FieldProblem("unit", "validation.required")) : List.of();
    }

    @Override
    protected Mono<ServiceRequest> call() {
        return step.apply(unit.getValue());
    }
}
