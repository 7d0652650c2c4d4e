package org.exportalliance.portal.request.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What a calendar day must satisfy, for the form, the API, the import and the service alike. The schema repeats them
 * as CHECK constraints (V23__working_calendar.sql).
 */
public final class WorkingCalendarRules {

    public static final int MAX_NAME = 100;
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private WorkingCalendarRules() {}

    /** Problems of a normalised draft; empty when it may be saved. */
    public static List<FieldProblem> check(CalendarDayDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.day() == null) {
            problems.add(new FieldProblem("date", "validation.required"));
        } else if (d.day().isBefore(FIRST_DAY) || d.day().isAfter(LAST_DAY)) {
            problems.add(new FieldProblem("date", "calendar.validation.year"));
        }
        if (d.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        } else if (d.kind() == DayKind.WORKDAY && d.day() != null && !isWeekend(d.day())) {
            problems.add(new FieldProblem("kind", "calendar.validation.workday-on-weekday"));
        }
        name(problems, "nameZh", d.nameZh());
        name(problems, "nameEn", d.nameEn());
        PlainText.addTo(problems, d);
        return problems;
    }

    /** Whether a year can hold calendar days at all. */
    public static boolean coversYear(int year) {
        return year >= FIRST_DAY.getYear() && year <= LAST_DAY.getYear();
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void name(List<FieldProblem> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (value.length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "validation.too-long." + MAX_NAME));
        }
    }
}
