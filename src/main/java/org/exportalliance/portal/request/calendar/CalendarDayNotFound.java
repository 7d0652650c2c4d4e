package org.exportalliance.portal.request.calendar;

import org.exportalliance.portal.platform.refusal.Refusal;

/** The calendar holds no exception on that day. */
public class CalendarDayNotFound extends Refusal {
    public CalendarDayNotFound() {
        super(404, "calendar.not-found");
    }
}
