package org.exportalliance.portal.request.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which days are working days: Monday to Friday, except the holidays, plus the make-up working days. An immutable
 * snapshot of the exceptions; days outside the years staff have entered follow the weekday rule. Counting is by
 * arithmetic over whole weeks plus the exceptions in the span, so a span of years costs no more than one of days.
 */
public final class WorkingCalendar {

    /** No exceptions: Monday to Friday only. */
    public static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Map.of());

    private final NavigableMap<LocalDate, DayKind> exceptions;

    private WorkingCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = new TreeMap<>(exceptions);
    }

    public static WorkingCalendar of(Map<LocalDate, DayKind> exceptions) {
        return new WorkingCalendar(exceptions);
    }

    public static WorkingCalendar of(Collection<CalendarDay> days) {
        TreeMap<LocalDate, DayKind> exceptions = new TreeMap<>();
        days.forEach(d -> exceptions.put(d.day(), d.kind()));
        return new WorkingCalendar(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = exceptions.get(day);
        return exception == null ? !WorkingCalendarRules.isWeekend(day) : exception == DayKind.WORKDAY;
    }

    /** The number of working days in {@code [from, until)}; zero when {@code until} is not after {@code from}. */
    public long workingDaysBetween(LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            return 0;
        }
        long count = weekdaysBetween(from, until);
        for (Map.Entry<LocalDate, DayKind> e : exceptions.subMap(from, true, until, false).entrySet()) {
            boolean weekend = WorkingCalendarRules.isWeekend(e.getKey());
            if (e.getValue() == DayKind.HOLIDAY && !weekend) {
                count--;
            } else if (e.getValue() == DayKind.WORKDAY && weekend) {
                count++;
            }
        }
        return count;
    }

    /**
     * The working day {@code days} working days after {@code from} ({@code from} itself is not counted, and need not
     * be a working day); before it when {@code days} is negative; {@code from} when zero. Skips whole weeks while
     * many days remain, then walks day by day.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        int step = days >= 0 ? 1 : -1;
        long remaining = Math.abs((long) days);
        LocalDate day = from;
        while (remaining > 7) {
            LocalDate weekLater = day.plusWeeks(step);
            long inWeek = step > 0 ? workingDaysBetween(day.plusDays(1), weekLater.plusDays(1))
                    : workingDaysBetween(weekLater, day);
            if (inWeek >= remaining) {
                break;
            }
            remaining -= inWeek;
            day = weekLater;
        }
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** The first working day after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return plusWorkingDays(day, 1);
    }

    /** The exceptions, in date order. */
    public Map<LocalDate, DayKind> exceptions() {
        return java.util.Collections.unmodifiableNavigableMap(exceptions);
    }

    /** Mondays to Fridays in {@code [from, until)}, by whole weeks and the days left over. */
    static long weekdaysBetween(LocalDate from, LocalDate until) {
        long days = ChronoUnit.DAYS.between(from, until);
        long count = days / 7 * 5;
        DayOfWeek weekday = from.getDayOfWeek();
        for (long i = 0; i < days % 7; i++) {
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                count++;
            }
            weekday = weekday.plus(1);
        }
        return count;
    }
}
