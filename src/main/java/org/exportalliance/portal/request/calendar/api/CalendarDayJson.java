package org.exportalliance.portal.request.calendar.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.exportalliance.portal.request.calendar.CalendarDay;
import org.exportalliance.portal.request.calendar.DayKind;

/** A calendar day as the API shows it. */
record CalendarDayJson(LocalDate date, DayOfWeek weekday, DayKind kind, String nameZh, String nameEn,
        Instant updatedAt) {

    static CalendarDayJson of(CalendarDay d) {
        return new CalendarDayJson(d.day(), d.day().getDayOfWeek(), d.kind(), d.nameZh(), d.nameEn(), d.updatedAt());
    }
}
