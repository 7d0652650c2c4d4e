package org.exportalliance.portal.request.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A day as a form, the API or an imported row gives it; checked by {@link WorkingCalendarRules}. */
public record CalendarDayDraft(@Nullable LocalDate day, @Nullable DayKind kind, @Nullable String nameZh,
        @Nullable String nameEn) {

    /** Names stripped; blank ones become null, so the rules report them as missing. */
    public CalendarDayDraft normalised() {
        return new CalendarDayDraft(day, kind, strip(nameZh), strip(nameEn));
    }

    private static @Nullable String strip(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
