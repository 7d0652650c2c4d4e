package org.exportalliance.portal.request.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** What an import saved: how many days, from the first date to the last. */
public record CalendarImport(int days, LocalDate first, LocalDate last) {

    static CalendarImport of(List<CalendarDayDraft> drafts) {
        List<LocalDate> dates = drafts.stream().map(CalendarDayDraft::day).filter(Objects::nonNull)
                .sorted(Comparator.naturalOrder()).toList();
        return new CalendarImport(dates.size(), dates.getFirst(), dates.getLast());
    }
}
