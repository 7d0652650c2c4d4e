package org.exportalliance.portal.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/**
 * The firm moves its order on: only the stages its current one allows are offered, with the day it happened (today
 * by default; not before the current stage's day nor in the future). Confirming keeps that day's FX rates; a missing
 * rate is refused with the service's message and nothing changes. Cancelling cannot be undone, so it asks first in
 * the shared confirmation, naming the order and the day. Esc or a click outside ask before dropping a change.
 */
class OrderStageDialog extends Dialog {

    final ComboBox<OrderStage> stage = new ComboBox<>();
    final DatePicker on = DatePickerLanguage.datePicker();
    final Button confirm = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    OrderStageDialog(ExportOrder order, OrderService orders, Actor actor, LocalDate today,
            Consumer<ExportOrder> onDone) {
        setId("order-stage-dialog");
        setHeaderTitle(getTranslation("orders.advance.title", order.buyerName()));
        stage.setId("order-stage");
        stage.setLabel(getTranslation("orders.stage"));
        stage.setItems(order.stage().next().stream().sorted().toList());
        stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        stage.setRequiredIndicatorVisible(true);
        order.stage().next().stream().sorted().findFirst().ifPresent(stage::setValue);
        fields.put("stage", stage);
        on.setId("order-stage-on");
        on.setLabel(getTranslation("orders.advance.on"));
        on.setValue(today);
        on.setMin(order.stageOn());
        on.setMax(today);
        fields.put("on", on);
        FormLayout form = new FormLayout(stage, on);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        confirm.setText(getTranslation("orders.advance.confirm"));
        confirm.setId("order-stage-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            OrderStage to = stage.getValue();
            if (to == null) {
                fields.show(List.of(new FieldProblem("stage", "validation.required")));
            } else if (to == OrderStage.CANCELLED) {
                LocalDate day = on.getValue() == null ? today : on.getValue();
                Confirmation.of(getTranslation("orders.cancel.title", order.buyerName()),
                                getTranslation("orders.cancel.text", day),
                                getTranslation("orders.cancel.confirm"))
                        .onConfirm(reason -> advance(order, orders, actor, to, onDone))
                        .open();
            } else {
                advance(order, orders, actor, to, onDone);
            }
        });
        DiscardGuard guard = DiscardGuard.protect(this);
        getFooter().add(new Button(getTranslation("orders.close"), e -> guard.requestClose()), confirm);
    }

    private void advance(ExportOrder order, OrderService orders, Actor actor, OrderStage to,
            Consumer<ExportOrder> onDone) {
        confirm.setEnabled(false);
        UiCalls.run(this, orders.advance(actor, order.id(), order.version(), to, on.getValue()), moved -> {
            close();
            onDone.accept(moved);
        }, UiCalls.intoForm(this, this::show));
    }

    void show(List<FieldProblem> problems) {
        confirm.setEnabled(true);
        fields.show(problems);
    }
}
