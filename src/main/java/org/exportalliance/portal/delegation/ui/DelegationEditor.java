package org.exportalliance.portal.delegation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.DelegationDraft;
import org.exportalliance.portal.delegation.DelegationRules;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;

/** Staff set up a delegation for a catalogued fair; it starts as a draft. */
class DelegationEditor extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    final ComboBox<Fair> fair = new ComboBox<>();
    final TextField titleZh = new TextField();
    final TextField titleEn = new TextField();
    final TextField organiser = new TextField();
    final DateTimePicker opens = DatePickerLanguage.dateTimePicker();
    final DateTimePicker closes = DatePickerLanguage.dateTimePicker();
    final IntegerField slots = new IntegerField();
    final BigDecimalField area = new BigDecimalField();
    final IntegerField seats = new IntegerField();
    final Select<AllocationPolicy> policy = new Select<>();
    final BigDecimalField feePerFirm = new BigDecimalField();
    final BigDecimalField feePerM2 = new BigDecimalField();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    private final ZoneId zone;

    /** {@code zone}: the alliance's time zone, in which staff read and type the application window. */
    DelegationEditor(List<Fair> fairs, ZoneId zone, Consumer<DelegationDraft> onSave) {
        this.zone = zone;
        setId("delegation-editor");
        setHeaderTitle(getTranslation("delegation.new"));
        setWidth("min(52rem, 95vw)");
        Locale locale = getLocale();
        fair.setItems(fairs);
        fair.setItemLabelGenerator(f -> f.name(locale) + " · " + f.city());
        fair.addValueChangeListener(e -> {
            if (e.getValue() != null && titleZh.isEmpty() && titleEn.isEmpty()) {
                titleZh.setValue("新昌纺机 " + e.getValue().nameZh() + " 展团");
                titleEn.setValue("Xinchang pavilion at " + e.getValue().nameEn());
            }
        });
        label(fair, "fairId", "delegation.field.fair");
        label(titleZh, "titleZh", "delegation.field.title-zh");
        label(titleEn, "titleEn", "delegation.field.title-en");
        label(organiser, "organiser", "delegation.field.organiser");
        organiser.setValue("新昌县纺织机械行业协会");
        label(opens, "applicationsOpen", "delegation.field.opens");
        label(closes, "applicationsClose", "delegation.field.closes");
        opens.setValue(LocalDateTime.now(zone).withSecond(0).withNano(0));
        label(slots, "firmSlots", "delegation.unit.slots");
        label(area, "areaM2", "delegation.unit.area");
        label(seats, "seats", "delegation.unit.seats");
        label(policy, "policy", "delegation.field.policy");
        policy.setItems(AllocationPolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("delegation.policy." + p.name()));
        policy.setValue(AllocationPolicy.FIFO);
        label(feePerFirm, "feePerFirmCny", "delegation.field.fee-firm");
        label(feePerM2, "feePerM2Cny", "delegation.field.fee-m2");
        add(new FormLayout(fair, policy, titleZh, titleEn, organiser, opens, closes, slots, area, seats, feePerFirm,
                feePerM2));
        save.setText(getTranslation("fair.save"));
        save.setId("delegation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            DelegationDraft draft = draft();
            List<FieldProblem> problems = DelegationRules.check(draft);
            show(problems);
            if (problems.isEmpty()) {
                save.setEnabled(false);
                onSave.accept(draft);
            }
        });
        getFooter().add(new Button(getTranslation("fair.close"), e -> guard.requestClose()), save);
    }

    private void label(com.vaadin.flow.component.Component field, String name, String key) {
        field.getElement().setProperty("label", getTranslation(key));
        field.setId("delegation-" + name);
        fields.put(name, (HasValidation) field);
    }

    DelegationDraft draft() {
        return new DelegationDraft(fair.getValue() == null ? null : fair.getValue().id(), titleZh.getValue(),
                titleEn.getValue(), organiser.getValue(),
                opens.getValue() == null ? null : opens.getValue().atZone(zone).toInstant(),
                closes.getValue() == null ? null : closes.getValue().atZone(zone).toInstant(),
                slots.getValue(), area.getValue(), seats.getValue(), policy.getValue(), feePerFirm.getValue(),
                feePerM2.getValue());
    }

    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
