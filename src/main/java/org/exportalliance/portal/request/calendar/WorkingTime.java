package org.exportalliance.portal.request.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Working time on the association's calendar: the working window ({@link WorkingHours}) of every working day
 * ({@link WorkingCalendar}), in the portal's zone. Time outside the windows does not count; a clock that starts outside
 * them starts at the next opening.
 *
 * <p>Both questions are answered a whole working day at a time, and across whole spans of days at once when the
 * zone's offset does not change in the span (always, in Asia/Shanghai): then every working day is as long as the
 * window. Where it does change, days are measured one by one between their real opening and closing instants, so a
 * day whose clock jumps inside the window is as long as it really is.
 */
public final class WorkingTime {

    private final WorkingCalendar calendar;
    private final WorkingHours hours;
    private final ZoneId zone;

    public WorkingTime(WorkingCalendar calendar, WorkingHours hours, ZoneId zone) {
        this.calendar = calendar;
        this.hours = hours;
        this.zone = zone;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The first instant at which {@code workingTime} of working time has passed since {@code start}: within a working
     * window, at its closing when the time runs out exactly there. {@code start} itself for a zero duration.
     */
    public Instant deadline(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time cannot be negative: " + workingTime);
        }
        if (workingTime.isZero()) {
            return start;
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        Duration remaining = workingTime;
        if (calendar.isWorkingDay(day)) {
            Instant from = later(start, opening(day));
            Instant close = closing(day);
            if (from.isBefore(close)) {
                Duration left = Duration.between(from, close);
                if (remaining.compareTo(left) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(left);
            }
        }
        while (true) {
            // Whole days at once: the time runs out on the n-th working day after this one.
            long n = ceilDiv(remaining, hours.length());
            LocalDate last = calendar.plusWorkingDays(day, Math.toIntExact(n));
            if (steadyOffset(day.plusDays(1), last.plusDays(1))) {
                return opening(last).plus(remaining.minus(hours.length().multipliedBy(n - 1)));
            }
            day = calendar.nextWorkingDay(day);
            Duration length = Duration.between(opening(day), closing(day));
            if (remaining.compareTo(length) <= 0) {
                return opening(day).plus(remaining);
            }
            remaining = remaining.minus(length);
        }
    }

    /** The working time between {@code from} and {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration elapsed(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        Duration total = within(first, from, to);
        if (last.isAfter(first)) {
            total = total.plus(wholeDays(first.plusDays(1), last)).plus(within(last, from, to));
        }
        return total;
    }

    /** The working time of {@code day} inside {@code [from, to)}. */
    private Duration within(LocalDate day, Instant from, Instant to) {
        if (!calendar.isWorkingDay(day)) {
            return Duration.ZERO;
        }
        Instant start = later(from, opening(day));
        Instant end = earlier(to, closing(day));
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    /** The working time of the whole days {@code [from, until)}. */
    private Duration wholeDays(LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            return Duration.ZERO;
        }
        if (steadyOffset(from, until)) {
            return hours.length().multipliedBy(calendar.workingDaysBetween(from, until));
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                total = total.plus(Duration.between(opening(day), closing(day)));
            }
        }
        return total;
    }

    /** Whether the zone's offset stays the same from the start of {@code from} to the start of {@code until}. */
    private boolean steadyOffset(LocalDate from, LocalDate until) {
        if (zone.getRules().isFixedOffset()) {
            return true;
        }
        ZoneOffsetTransition next = zone.getRules().nextTransition(from.atStartOfDay(zone).toInstant());
        return next == null || !next.getInstant().isBefore(until.atStartOfDay(zone).toInstant());
    }

    private Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, hours.opens(), zone).toInstant();
    }

    private Instant closing(LocalDate day) {
        return ZonedDateTime.of(day, hours.closes(), zone).toInstant();
    }

    private static long ceilDiv(Duration a, Duration b) {
        long whole = a.dividedBy(b);
        return b.multipliedBy(whole).equals(a) ? whole : whole + 1;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
