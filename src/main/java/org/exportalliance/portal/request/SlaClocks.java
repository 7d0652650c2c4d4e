package org.exportalliance.portal.request;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.exportalliance.portal.request.calendar.WorkingTime;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The SLA arithmetic of requests in working time on the association's calendar: when a clock started now with so
 * much working time falls due, how much working time is left before a deadline (negative once it has passed), and
 * how a change of priority moves a running clock.
 */
@Component
class SlaClocks {

    private final WorkingCalendarService calendars;
    private final RequestCatalogRepository catalog;

    SlaClocks(WorkingCalendarService calendars, RequestCatalogRepository catalog) {
        this.calendars = calendars;
        this.catalog = catalog;
    }

    Mono<SlaTarget> target(String category, Priority priority) {
        return catalog.target(category, priority);
    }

    Mono<WorkingTime> workingTime() {
        return calendars.workingTime();
    }

    /** The working time of one whole working day: the calendar's hours. */
    Duration workingDay() {
        return calendars.hours().length();
    }

    /** The instant {@code working} working time after {@code from}. */
    Mono<OffsetDateTime> due(OffsetDateTime from, Duration working) {
        return workingTime().map(time -> at(time, from, working));
    }

    /** Working time from {@code now} until {@code due}; negative, by the working time since, once it has passed. */
    Mono<Duration> left(OffsetDateTime now, OffsetDateTime due) {
        return workingTime().map(time -> left(time, now, due));
    }

    static OffsetDateTime at(WorkingTime time, OffsetDateTime from, Duration working) {
        return OffsetDateTime.ofInstant(time.deadline(from.toInstant(), working), from.getOffset());
    }

    static Duration left(WorkingTime time, OffsetDateTime now, OffsetDateTime due) {
        return due.isAfter(now) ? time.elapsed(now.toInstant(), due.toInstant())
                : time.elapsed(due.toInstant(), now.toInstant()).negated();
    }

    /**
     * A running clock's new deadline when its target changes from {@code before} to {@code after}: the working time
     * already spent counts against the new target; a clock with nothing left falls due now.
     */
    static OffsetDateTime moved(WorkingTime time, OffsetDateTime now, OffsetDateTime due, Duration before,
            Duration after) {
        Duration spent = before.minus(left(time, now, due));
        Duration remaining = after.minus(spent);
        return remaining.isNegative() || remaining.isZero() ? now : at(time, now, remaining);
    }

    /** What is left of a paused clock when its target changes. */
    static long movedLeft(long leftSeconds, Duration before, Duration after) {
        return Math.max(0, leftSeconds + after.minus(before).toSeconds());
    }
}
