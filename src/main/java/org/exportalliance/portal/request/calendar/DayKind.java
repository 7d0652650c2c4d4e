package org.exportalliance.portal.request.calendar;

/** What a day in the calendar is instead of what its weekday says. */
public enum DayKind {
    /** A day off: a public holiday, or a weekend day inside a holiday block. */
    HOLIDAY,
    /** An official make-up working day (调休上班), always a Saturday or Sunday. */
    WORKDAY;

    public String messageKey() {
        return "calendar.kind." + name();
    }
}
