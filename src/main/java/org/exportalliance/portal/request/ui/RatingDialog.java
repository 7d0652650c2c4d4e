package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.RequestRules;
import org.exportalliance.portal.request.ServiceRequest;
import reactor.core.publisher.Mono;

/** The firm confirms a resolution and rates it: 1 to 5 stars and, if it likes, a comment the unit reads. */
class RatingDialog extends StepDialog {

    final RadioButtonGroup<Integer> stars = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    private final BiFunction<Integer, String, Mono<ServiceRequest>> step;

    RatingDialog(BiFunction<Integer, String, Mono<ServiceRequest>> step, Consumer<ServiceRequest> done) {
        super("request-rating-dialog", done);
        setHeaderTitle(getTranslation("request.action.confirm"));
        save.setText(getTranslation("request.action.confirm.save"));
        this.step = step;
        stars.setLabel(getTranslation("request.action.confirm.stars"));
        stars.setItems(5, 4, 3, 2, 1);
        stars.setItemLabelGenerator(n -> "★".repeat(n) + "☆".repeat(5 - n) + " "
                + getTranslation("request.action.confirm.star." + n));
        stars.setRequiredIndicatorVisible(true);
        stars.setId("request-rating-stars");
        field("rating", stars);
        comment.setLabel(getTranslation("request.action.confirm.comment"));
        comment.setMaxLength(RequestRules.MAX_REASON);
        comment.setWidthFull();
        comment.setId("request-rating-comment");
        field("comment", comment);
        add(new Paragraph(getTranslation("request.action.confirm.intro")), stars, comment);
    }

    @Override
    protected List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (stars.getValue() == null) {
            problems.add(new FieldProblem("rating", "request.validation.rating"));
        }
        if (comment.getValue().length() > RequestRules.MAX_REASON) {
            problems.add(new FieldProblem("comment", "validation.too-long." + RequestRules.MAX_REASON));
        }
        return problems;
    }

    @Override
    protected Mono<ServiceRequest> call() {
        return step.apply(stars.getValue(), comment.getValue());
    }
}
