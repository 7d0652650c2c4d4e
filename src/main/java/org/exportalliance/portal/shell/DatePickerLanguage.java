package org.exportalliance.portal.shell;

import com.vaadin.flow.component.datepicker.DatePicker;
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
 * calendar that opens keeps English month and day names and English "Today" and "Cancel" buttons.
 */
public final class DatePickerLanguage {

    private DatePickerLanguage() {}

    /** Applies the picker's own locale (the reader's, from the UI): date format, month and day names, buttons. */
    public static DatePicker apply(DatePicker picker) {
        Locale locale = PortalLocales.isChinese(picker.getLocale()) ? PortalLocales.CHINESE : PortalLocales.ENGLISH;
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                // The alliance's weeks start on Monday, in both languages.
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("shell.date.today"))
                .setCancel(picker.getTranslation("shell.date.cancel")));
        return picker;
    }

    /** Sunday first, as the picker expects them. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY))
                .map(d -> d.getDisplayName(style, locale)).toList();
    }
}
