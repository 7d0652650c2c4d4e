package org.exportalliance.portal.request.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.LabTest;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The shared lab quotes a lab test: its price in CNY and the day the report will be ready. A new quote replaces the
 * one before until the firm accepts one; the service checks the amount and the day again.
 */
class QuoteDialog extends StepDialog {

    final BigDecimalField price = new BigDecimalField();
    final DatePicker dueOn = DatePickerLanguage.datePicker();
    private final BiFunction<BigDecimal, LocalDate, Mono<ServiceRequest>> quote;

    QuoteDialog(@Nullable LabTest current, LocalDate today, BiFunction<BigDecimal, LocalDate, Mono<ServiceRequest>> quote,
            Consumer<ServiceRequest> done) {
        super("request-quote-dialog", done);
        this.quote = quote;
        setHeaderTitle(getTranslation("request.lab.quote"));
        save.setText(getTranslation("request.lab.quote.save"));
        price.setLabel(getTranslation("request.lab.price"));
        price.setPrefixComponent(new Span("CNY"));
        price.setRequiredIndicatorVisible(true);
        price.setId("request-quote-price");
        dueOn.setLabel(getTranslation("request.lab.due-on"));
        dueOn.setMin(today);
        dueOn.setMax(today.plusYears(1));
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.setId("request-quote-due");
        if (current != null && current.quoted()) {
            price.setValue(current.quoteCny());
            dueOn.setValue(current.quoteDueOn());
        }
        field("cny", price);
        field("dueOn", dueOn);
        add(new Paragraph(getTranslation("request.lab.quote.intro")), price, dueOn);
    }

    @Override
    protected List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal cny = price.getValue();
        if (cny == null) {
            problems.add(new FieldProblem("cny", "validation.required"));
        } else if (cny.signum() < 0 || cny.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("cny", "validation.money"));
        }
        if (dueOn.getValue() == null) {
            problems.add(new FieldProblem("dueOn", dueOn.isInvalid() ? "request.validation.lab-due"
                    : "validation.required"));
        }
        return problems;
    }

    @Override
    protected Mono<ServiceRequest> call() {
        BigDecimal cny = price.getValue();
        LocalDate due = dueOn.getValue();
        return cny == null || due == null ? Mono.empty() : quote.apply(cny, due);
    }
}
