package org.exportalliance.portal.order.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.order.OrderLineDraft;
import org.exportalliance.portal.order.OrderRules;
import org.exportalliance.portal.shell.FieldErrors;

/** One line of the order form: category, model, quantity, unit price; its fields named as the rules name them. */
class OrderLineFields extends HorizontalLayout {

    final ComboBox<String> category = new ComboBox<>();
    final TextField model = new TextField();
    final IntegerField quantity = new IntegerField();
    final BigDecimalField unitPrice = new BigDecimalField();

    OrderLineFields(int index, Map<String, MachineCategory> taxonomy, Locale locale, FieldErrors fields) {
        addClassName("order-line");
        category.setLabel(getTranslation("orders.line.category"));
        category.setItems(List.copyOf(taxonomy.keySet()));
        category.setItemLabelGenerator(code -> OrderLabels.category(code, taxonomy, locale));
        model.setLabel(getTranslation("orders.line.model"));
        model.setMaxLength(OrderRules.MAX_MODEL);
        quantity.setLabel(getTranslation("orders.line.quantity"));
        // No min or max on the field: the service's refusal names the limits in the user's language.
        quantity.setStepButtonsVisible(true);
        unitPrice.setLabel(getTranslation("orders.line.unit-price"));
        String at = "lines[" + index + "].";
        category.setId("order-line-" + index + "-category");
        model.setId("order-line-" + index + "-model");
        quantity.setId("order-line-" + index + "-quantity");
        unitPrice.setId("order-line-" + index + "-unit-price");
        fields.put(at + "category", category);
        fields.put(at + "model", model);
        fields.put(at + "quantity", quantity);
        fields.put(at + "unitPrice", unitPrice);
        add(category, model, quantity, unitPrice);
        setAlignItems(Alignment.BASELINE);
    }

    boolean isBlank() {
        return category.isEmpty() && model.isEmpty() && quantity.isEmpty() && unitPrice.isEmpty();
    }

    OrderLineDraft draft() {
        return new OrderLineDraft(category.getValue(), model.getValue(), quantity.getValue(), unitPrice.getValue());
    }
}
