package org.exportalliance.portal.logistics.traveller.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.exportalliance.portal.logistics.traveller.Traveller;
import org.exportalliance.portal.logistics.traveller.TravellerDraft;
import org.exportalliance.portal.logistics.traveller.TravellerRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * A firm adds or edits one traveller. Fields are marked with the shared rules before the draft is handed on, and with
 * the service's answer through {@link #show}. Editing shows the passport number masked: left empty, it stays.
 */
class TravellerDialog extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    final TextField fullName = new TextField();
    final TextField chineseName = new TextField();
    final ComboBox<String> nationality = new ComboBox<>();
    final DatePicker dateOfBirth = DatePickerLanguage.datePicker();
    final TextField passportNumber = new TextField();
    final DatePicker passportExpiry = DatePickerLanguage.datePicker();
    final TextField role = new TextField();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);
    private final boolean adding;

    /** {@code editing} null adds a traveller; {@code today} is the alliance's date (the portal clock's zone). */
    TravellerDialog(@Nullable Traveller editing, LocalDate today, Consumer<TravellerDraft> onSave) {
        this.adding = editing == null;
        setId("traveller-dialog");
        setHeaderTitle(getTranslation(adding ? "traveller.add" : "traveller.edit"));
        setWidth("min(44rem, 95vw)");
        Locale locale = getLocale();
        field(fullName, "fullName", "traveller.field.full-name");
        fullName.setHelperText(getTranslation("traveller.field.full-name.help"));
        fullName.setMaxLength(TravellerRules.MAX_NAME);
        field(chineseName, "chineseName", "traveller.field.chinese-name");
        chineseName.setMaxLength(TravellerRules.MAX_CHINESE_NAME);
        field(nationality, "nationality", "traveller.field.nationality");
        nationality.setItems(TravellerRules.countries());
        nationality.setItemLabelGenerator(code -> code + " · " + Locale.of("", code).getDisplayCountry(locale));
        field(dateOfBirth, "dateOfBirth", "traveller.field.birth");
        dateOfBirth.setMax(today.minusDays(1));
        field(passportNumber, "passportNumber", "traveller.field.passport-number");
        passportNumber.setMaxLength(12);
        field(passportExpiry, "passportExpiry", "traveller.field.passport-expiry");
        passportExpiry.setMin(today.plusDays(1));
        field(role, "role", "traveller.field.role");
        role.setMaxLength(TravellerRules.MAX_ROLE);
        if (editing == null) {
            nationality.setValue("CN");
        } else {
            fullName.setValue(editing.fullName());
            chineseName.setValue(editing.chineseName() == null ? "" : editing.chineseName());
            nationality.setValue(editing.nationality());
            dateOfBirth.setValue(editing.dateOfBirth());
            passportNumber.setHelperText(getTranslation("traveller.passport-keep", editing.passportNumberMasked()));
            passportNumber.setPlaceholder(editing.passportNumberMasked());
            passportExpiry.setValue(editing.passportExpiry());
            role.setValue(editing.role());
        }
        add(new FormLayout(fullName, chineseName, nationality, dateOfBirth, passportNumber, passportExpiry, role));
        save.setText(getTranslation("traveller.save"));
        save.setId("traveller-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            TravellerDraft draft = draft();
            List<FieldProblem> problems = TravellerRules.check(TravellerRules.normalise(draft), today, adding);
            show(problems);
            if (problems.isEmpty()) {
                save.setEnabled(false);
                onSave.accept(draft);
            }
        });
        Button cancel = new Button(getTranslation("traveller.cancel"), e -> guard.requestClose());
        cancel.setId("traveller-cancel");
        getFooter().add(cancel, save);
    }

    private void field(com.vaadin.flow.component.Component field, String name, String labelKey) {
        field.getElement().setProperty("label", getTranslation(labelKey));
        field.setId("traveller-" + name);
        fields.put(name, (HasValidation) field);
    }

    TravellerDraft draft() {
        return new TravellerDraft(fullName.getValue(), chineseName.getValue(), nationality.getValue(),
                dateOfBirth.getValue(), passportNumber.getValue(), passportExpiry.getValue(), role.getValue());
    }

    /** Marks the fields with these problems (from the rules or the service's refusal) and lets the user try again. */
    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
