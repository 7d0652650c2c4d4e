package org.exportalliance.portal.request.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.request.calendar.CalendarDay;
import org.exportalliance.portal.request.calendar.CalendarDayDraft;
import org.exportalliance.portal.request.calendar.DayKind;
import org.exportalliance.portal.request.calendar.WorkingCalendarRules;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * Staff add a day off or a make-up working day, or change one (its date stays: the date is what the calendar keys it
 * by). {@link WorkingCalendarRules} mark the fields before anything is sent, the service's refusals mark the same
 * fields, and the dialog asks before dropping what was typed ({@link DiscardGuard}).
 */
class CalendarDayDialog extends Dialog {

    final DatePicker date = DatePickerLanguage.datePicker();
    final RadioButtonGroup<DayKind> kind = new RadioButtonGroup<>();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final Button save = new Button();

    private final FieldErrors fields = new FieldErrors(this);
    private final WorkingCalendarService calendar;
    private final SignedIn signedIn;
    private final Runnable onSaved;

    /** {@code year}: the year a new day starts in (the one the page shows); {@code onSaved}: after a save. */
    CalendarDayDialog(WorkingCalendarService calendar, SignedIn signedIn, @Nullable CalendarDay editing, int year,
            Runnable onSaved) {
        this.calendar = calendar;
        this.signedIn = signedIn;
        this.onSaved = onSaved;
        setId("calendar-day-dialog");
        setHeaderTitle(getTranslation(editing == null ? "calendar.dialog.new" : "calendar.dialog.edit"));
        setWidth("min(36rem, 95vw)");

        date.setLabel(getTranslation("calendar.date"));
        date.setId("calendar-day-date");
        date.setRequiredIndicatorVisible(true);
        date.setMin(WorkingCalendarRules.FIRST_DAY);
        date.setMax(WorkingCalendarRules.LAST_DAY);
        date.setInitialPosition(LocalDate.of(year, 1, 1));
        fields.put("date", date);
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setId("calendar-day-kind");
        kind.setRequiredIndicatorVisible(true);
        fields.put("kind", kind);
        text(nameZh, "nameZh", "calendar.name-zh");
        text(nameEn, "nameEn", "calendar.name-en");
        add(new FormLayout(date, kind, nameZh, nameEn));

        if (editing != null) {
            date.setValue(editing.day());
            date.setReadOnly(true);
            kind.setValue(editing.kind());
            nameZh.setValue(editing.nameZh());
            nameEn.setValue(editing.nameEn());
        }

        save.setText(getTranslation("calendar.save"));
        save.setId("calendar-day-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        DiscardGuard guard = DiscardGuard.protect(this);
        Button close = new Button(getTranslation("calendar.close"), e -> guard.requestClose());
        close.setId("calendar-day-close");
        getFooter().add(close, save);
    }

    private void text(TextField field, String name, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setId("calendar-day-" + name);
        field.setMaxLength(WorkingCalendarRules.MAX_NAME);
        field.setRequiredIndicatorVisible(true);
        fields.put(name, field);
    }

    CalendarDayDraft draft() {
        return new CalendarDayDraft(date.getValue(), kind.getValue(), nameZh.getValue(), nameEn.getValue())
                .normalised();
    }

    void save() {
        CalendarDayDraft draft = draft();
        List<FieldProblem> problems = WorkingCalendarRules.check(draft);
        show(problems);
        if (!problems.isEmpty()) {
            return;
        }
        save.setEnabled(false);
        UiCalls.run(this, calendar.save(signedIn.actor(), draft), saved -> {
            UiCalls.showSuccess(this, "calendar.saved", saved.day());
            close();
            onSaved.run();
        }, UiCalls.intoForm(this, this::show));
    }

    private void show(List<FieldProblem> problems) {
        save.setEnabled(true);
        fields.show(problems);
    }
}
