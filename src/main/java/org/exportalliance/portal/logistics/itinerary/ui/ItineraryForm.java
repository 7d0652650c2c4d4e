package org.exportalliance.portal.logistics.itinerary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.logistics.itinerary.ItineraryDraft;
import org.exportalliance.portal.logistics.itinerary.ItineraryItem;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * A new or changed itinerary item: times are local at the place, each with its time zone; a flight has a departure
 * and an arrival zone. Marks fields with the shared rules before it hands the draft on; the service's answer comes
 * back through {@link #show}.
 */
public class ItineraryForm extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    /** Region time zones (Asia/Shanghai, Asia/Kolkata, …), sorted; the legacy and fixed-offset ids are left out. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    final Select<ItineraryKind> kind = new Select<>();
    final TextField title = new TextField();
    final DateTimePicker start = DatePickerLanguage.dateTimePicker();
    final ComboBox<String> timeZone = new ComboBox<>();
    final DateTimePicker end = DatePickerLanguage.dateTimePicker();
    final ComboBox<String> endTimeZone = new ComboBox<>();
    final TextField location = new TextField();
    final TextArea details = new TextArea();
    final Button save = new Button();
    final Button delete = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    /** {@code item} null: a new item, with times in {@code zone}; {@code onDelete} null: no delete button. */
    ItineraryForm(@Nullable ItineraryItem item, ZoneId zone, Consumer<ItineraryDraft> onSave,
            @Nullable Runnable onDelete) {
        setId("itinerary-form");
        setHeaderTitle(getTranslation(item == null ? "itinerary.new" : "itinerary.edit"));
        setWidth("min(48rem, 95vw)");
        field(kind, "kind", "itinerary.field.kind");
        kind.setItems(ItineraryKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("itinerary.kind." + k.name()));
        kind.addValueChangeListener(e -> labelTimes());
        field(title, "title", "itinerary.field.title");
        title.setMaxLength(ItineraryRules.MAX_TITLE);
        field(start, "start", "itinerary.field.start");
        field(timeZone, "timeZone", "itinerary.field.time-zone");
        field(end, "end", "itinerary.field.end");
        field(endTimeZone, "endTimeZone", "itinerary.field.arrival-zone");
        for (ComboBox<String> zones : List.of(timeZone, endTimeZone)) {
            zones.setItems(ZONES);
        }
        field(location, "location", "itinerary.field.location");
        location.setMaxLength(ItineraryRules.MAX_LOCATION);
        field(details, "details", "itinerary.field.details");
        details.setMaxLength(ItineraryRules.MAX_DETAILS);
        if (item == null) {
            kind.setValue(ItineraryKind.MEETING);
            timeZone.setValue(zone.getId());
            endTimeZone.setValue(zone.getId());
        } else {
            kind.setValue(item.kind());
            title.setValue(item.title());
            start.setValue(item.localStart().toLocalDateTime());
            timeZone.setValue(item.startZone().getId());
            end.setValue(item.localEnd().toLocalDateTime());
            endTimeZone.setValue(item.endZone().getId());
            location.setValue(item.location());
            details.setValue(item.details());
        }
        labelTimes();
        FormLayout form = new FormLayout(kind, title, start, timeZone, end, endTimeZone, location, details);
        form.setColspan(details, 2);
        form.setColspan(location, 2);
        add(form);
        save.setText(getTranslation("itinerary.save"));
        save.setId("itinerary-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            ItineraryDraft draft = draft();
            List<FieldProblem> problems = ItineraryRules.check(draft);
            show(problems);
            if (problems.isEmpty()) {
                save.setEnabled(false);
                onSave.accept(draft);
            }
        });
        delete.setText(getTranslation("itinerary.delete"));
        delete.setId("itinerary-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(onDelete != null);
        // onDelete asks first (and may be answered "go back"), so the button stays usable.
        delete.addClickListener(e -> {
            if (onDelete != null) {
                onDelete.run();
            }
        });
        Button cancel = new Button(getTranslation("itinerary.cancel"), e -> guard.requestClose());
        getFooter().add(delete, cancel, save);
    }

    /** A flight departs and arrives, each in its own zone; everything else starts and ends where it is. */
    private void labelTimes() {
        boolean flight = kind.getValue() == ItineraryKind.FLIGHT;
        start.setLabel(getTranslation(flight ? "itinerary.field.departure" : "itinerary.field.start"));
        end.setLabel(getTranslation(flight ? "itinerary.field.arrival" : "itinerary.field.end"));
        timeZone.setLabel(getTranslation(flight ? "itinerary.field.departure-zone" : "itinerary.field.time-zone"));
        endTimeZone.setVisible(flight);
    }

    private void field(com.vaadin.flow.component.HasValidation field, String name, String labelKey) {
        com.vaadin.flow.component.Component c = (com.vaadin.flow.component.Component) field;
        c.getElement().setProperty("label", getTranslation(labelKey));
        c.setId("itinerary-" + name);
        fields.put(name, field);
    }

    ItineraryDraft draft() {
        boolean flight = kind.getValue() == ItineraryKind.FLIGHT;
        return new ItineraryDraft(kind.getValue(), title.getValue(), start.getValue(), timeZone.getValue(),
                end.getValue(), flight ? endTimeZone.getValue() : null, location.getValue(), details.getValue());
    }

    /** Marks the fields the problems name; re-enables the buttons. */
    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        delete.setEnabled(true);
        fields.show(problems);
    }
}
