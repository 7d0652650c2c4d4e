package org.exportalliance.portal.request;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.exportalliance.portal.request.calendar.WorkingTime;
import org.jspecify.annotations.Nullable;

/**
 * A request's SLA clocks as people read them, at one moment on the calendar as it stood then: each running clock's
 * deadline and the working time left until it (or since it, once passed), and what is left of a paused resolve
 * clock. One reading serves a whole list, so a page of requests asks the calendar once.
 */
public final class RequestClocks {

    /**
     * One clock: {@code due} while it runs (null while paused), {@code left} the working time until it, negative by
     * the working time since it once it has passed; {@code overdue} once its deadline is not ahead (a deadline passed
     * at the close of a working day is overdue by no working time yet).
     */
    public record Reading(SlaClock clock, @Nullable OffsetDateTime due, Duration left, boolean overdue) {

        public boolean paused() {
            return due == null;
        }
    }

    private final WorkingTime time;
    private final OffsetDateTime now;
    private final Duration workingDay;

    RequestClocks(WorkingTime time, OffsetDateTime now, Duration workingDay) {
        this.time = time;
        this.now = now;
        this.workingDay = workingDay;
    }

    /** The running clocks in the order the request meets them (accept, take, resolve), then a paused resolve clock. */
    public List<Reading> of(ServiceRequest r) {
        RequestState s = r.state();
        List<Reading> readings = new ArrayList<>();
        running(readings, SlaClock.ACCEPT, s.acceptDueAt());
        running(readings, SlaClock.TAKE, s.takeDueAt());
        running(readings, SlaClock.RESOLVE, s.resolveDueAt());
        if (s.resolveDueAt() == null && s.resolveLeftSeconds() != null) {
            readings.add(new Reading(SlaClock.RESOLVE, null, Duration.ofSeconds(s.resolveLeftSeconds()), false));
        }
        return readings;
    }

    /** The running clock whose deadline comes first, if any runs. */
    public Optional<Reading> nearest(ServiceRequest r) {
        return of(r).stream().filter(reading -> !reading.paused())
                .min(Comparator.comparing(Reading::due, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** The moment the clocks were read at. */
    public OffsetDateTime now() {
        return now;
    }

    /** The working time of one working day (the calendar's hours), for writing a duration in working days. */
    public Duration workingDay() {
        return workingDay;
    }

    private void running(List<Reading> readings, SlaClock clock, @Nullable OffsetDateTime due) {
        if (due != null) {
            readings.add(new Reading(clock, due, SlaClocks.left(time, now, due), !due.isAfter(now)));
        }
    }
}
