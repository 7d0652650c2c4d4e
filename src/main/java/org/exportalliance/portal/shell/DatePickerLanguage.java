package org.exportalliance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.exportalliance.portal.platform.i18n.PortalLocales;

/**
 * Makes a date picker speak the reader's language. {@code setLocale} alone only changes how the date is written: the
 * calendar that opens keeps English month and day names and English "Today" and "Cancel" buttons. Views make their
 * pickers here ({@link #datePicker()}, {@link #dateTimePicker()}); {@code ArchitectureTest} keeps it so.
 */
public final class DatePickerLanguage {

    private DatePickerLanguage() {}

    /** A date picker in the reader's language (the current UI's). */
    public static DatePicker datePicker() {
        return apply(new DatePicker());
    }

    /** A date and time picker whose calendar speaks the reader's language. */
    public static DateTimePicker dateTimePicker() {
        DateTimePicker picker = new DateTimePicker();
        Locale locale = language(picker);
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(picker, locale));
        return picker;
    }

    /** Applies the picker's own locale (the reader's, from the UI): date format, month and day names, buttons. */
    public static DatePicker apply(DatePicker picker) {
        Locale locale = language(picker);
        picker.setLocale(locale);
        picker.setI18n(i18n(picker, locale));
        return picker;
    }

    private static Locale language(DatePicker picker) {
        return language(picker.getLocale());
    }

    private static Locale language(DateTimePicker picker) {
        return language(picker.getLocale());
    }

    private static Locale language(Locale locale) {
        return PortalLocales.isChinese(locale) ? PortalLocales.CHINESE : PortalLocales.ENGLISH;
    }

    private static DatePicker.DatePickerI18n i18n(Component picker, Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                // The alliance's weeks start on Monday, in both languages.
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("shell.date.today"))
                .setCancel(picker.getTranslation("shell.date.cancel"));
    }

    /** Sunday first, as the picker expects them. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY))
                .map(d -> d.getDisplayName(style, locale)).toList();
    }
}
