package org.exportalliance.portal.request.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One exception to the weekday rule, as staff keep it: who changed it last and when ({@code null}: seeded). */
public record CalendarDay(LocalDate day, DayKind kind, String nameZh, String nameEn, Instant updatedAt,
        @Nullable UUID updatedBy) {

    /** The name in the reader's language: Chinese unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public CalendarDayDraft toDraft() {
        return new CalendarDayDraft(day, kind, nameZh, nameEn);
    }
}
