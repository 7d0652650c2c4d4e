package org.exportalliance.portal.logistics.checklist;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** One item of a delegation's checklist template; every participating firm has to do it by {@code dueDate}. */
public record ChecklistItem(
        UUID id,
        UUID delegationId,
        String titleZh,
        String titleEn,
        String description,
        LocalDate dueDate,
        int position,
        long version) {

    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }

    /** Overdue on the day after its due date (a day in the alliance's time zone) while not done. */
    public boolean isPastDue(LocalDate today) {
        return dueDate.isBefore(today);
    }
}
