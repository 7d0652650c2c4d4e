package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.delegation.Capacity;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationRules;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;

/**
 * Staff change a delegation's capacity. Each field says how much is held already, the floor the service enforces;
 * room that opens up goes to the waitlist.
 */
class CapacityDialog extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    final IntegerField slots = new IntegerField();
    final BigDecimalField area = new BigDecimalField();
    final IntegerField seats = new IntegerField();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    CapacityDialog(Delegation d, Consumer<Capacity> onSave) {
        setId("capacity-dialog");
        setHeaderTitle(getTranslation("delegation.capacity.edit"));
        field(slots, "capacity-slots", "delegation.unit.slots", d.capacity().slots(), d.used().slots());
        area.setId("capacity-area");
        area.setLabel(getTranslation("delegation.unit.area"));
        area.setValue(d.capacity().areaM2());
        area.setSuffixComponent(new Span("m²"));
        area.setHelperText(getTranslation("delegation.capacity.held",
                Formats.area(d.used().areaM2(), getLocale())));
        field(seats, "capacity-seats", "delegation.unit.seats", d.capacity().seats(), d.used().seats());
        fields.put("firmSlots", slots);
        fields.put("areaM2", area);
        fields.put("seats", seats);
        add(new FormLayout(slots, area, seats));
        save.setText(getTranslation("fair.save"));
        save.setId("capacity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            // The rules a new delegation's capacity obeys, which the service applies again.
            List<FieldProblem> problems = DelegationRules.checkCapacity(slots.getValue(), area.getValue(),
                    seats.getValue());
            show(problems);
            if (problems.isEmpty()) {
                save.setEnabled(false);
                onSave.accept(new Capacity(slots.getValue(), area.getValue(), seats.getValue()));
            }
        });
        getFooter().add(new Button(getTranslation("fair.close"), e -> guard.requestClose()), save);
    }

    private void field(IntegerField field, String id, String labelKey, int value, int held) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.setHelperText(getTranslation("delegation.capacity.held", held));
    }

    /** Marks the fields a refusal names, and lets the user try again. */
    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
