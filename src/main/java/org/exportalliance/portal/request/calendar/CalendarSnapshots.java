package org.exportalliance.portal.request.calendar;

import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.platform.live.LiveSnapshot;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** This instance's copy of the working calendar, read once and kept until a day changes on any instance. */
@Component
class CalendarSnapshots extends LiveSnapshot<WorkingCalendar> {

    private final WorkingCalendarRepository days;

    CalendarSnapshots(WorkingCalendarRepository days, LiveEvents live) {
        super(live, WorkingCalendarService.TOPIC);
        this.days = days;
    }

    @Override
    protected Mono<WorkingCalendar> read() {
        return days.all().collectList().map(WorkingCalendar::of);
    }
}
