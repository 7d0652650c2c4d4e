package org.exportalliance.portal.request.calendar.api;

import java.time.LocalDate;
import org.exportalliance.portal.request.calendar.CalendarDayDraft;
import org.exportalliance.portal.request.calendar.DayKind;
import org.jspecify.annotations.Nullable;

/** The body of PUT /api/v1/working-calendar/{date}; the date is the path's. Missing fields are named by the rules. */
record CalendarDayRequest(@Nullable DayKind kind, @Nullable String nameZh, @Nullable String nameEn) {

    CalendarDayDraft toDraft(LocalDate day) {
        return new CalendarDayDraft(day, kind, nameZh, nameEn);
    }
}
