package org.exportalliance.portal.logistics.checklist.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.exportalliance.portal.logistics.checklist.ChecklistItem;
import org.exportalliance.portal.logistics.checklist.ChecklistItemDraft;
import org.exportalliance.portal.logistics.checklist.ChecklistRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * Staff add or change a checklist item. The service checks the rules (the allowed due dates depend on the fair);
 * its refusal marks the fields here, in the user's language.
 */
class ChecklistItemDialog extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    final TextField titleZh = new TextField();
    final TextField titleEn = new TextField();
    final TextArea description = new TextArea();
    final DatePicker dueDate = DatePickerLanguage.datePicker();
    final IntegerField position = new IntegerField();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    ChecklistItemDialog(@Nullable ChecklistItem existing, Consumer<ChecklistItemDraft> onSave) {
        setId("checklist-item-dialog");
        setHeaderTitle(getTranslation(existing == null ? "checklist.item.new" : "checklist.item.edit"));
        setWidth("min(40rem, 95vw)");
        field(titleZh, "titleZh", "checklist.field.title-zh");
        titleZh.setMaxLength(ChecklistRules.MAX_TITLE);
        field(titleEn, "titleEn", "checklist.field.title-en");
        titleEn.setMaxLength(ChecklistRules.MAX_TITLE);
        field(description, "description", "checklist.field.description");
        description.setMaxLength(ChecklistRules.MAX_DESCRIPTION);
        field(dueDate, "dueDate", "checklist.field.due-date");
        dueDate.setLocale(getLocale());
        field(position, "position", "checklist.field.position");
        position.setMin(0);
        position.setMax(ChecklistRules.MAX_POSITION);
        position.setHelperText(getTranslation("checklist.field.position-help"));
        if (existing != null) {
            titleZh.setValue(existing.titleZh());
            titleEn.setValue(existing.titleEn());
            description.setValue(existing.description());
            dueDate.setValue(existing.dueDate());
            position.setValue(existing.position());
        }
        FormLayout form = new FormLayout(titleZh, titleEn, dueDate, position, description);
        form.setColspan(description, 2);
        add(form);
        save.setText(getTranslation("fair.save"));
        save.setId("checklist-item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            save.setEnabled(false);
            onSave.accept(draft());
        });
        getFooter().add(new Button(getTranslation("fair.close"), e -> guard.requestClose()), save);
    }

    private void field(com.vaadin.flow.component.Component field, String name, String key) {
        field.getElement().setProperty("label", getTranslation(key));
        field.setId("checklist-item-" + name);
        fields.put(name, (HasValidation) field);
    }

    ChecklistItemDraft draft() {
        return new ChecklistItemDraft(titleZh.getValue(), titleEn.getValue(), description.getValue(),
                dueDate.getValue(), position.getValue());
    }

    /** Marks the fields the service refused (and lets staff try again). */
    void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
