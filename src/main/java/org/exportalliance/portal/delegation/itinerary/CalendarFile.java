package org.exportalliance.portal.delegation.itinerary;

/** A generated iCalendar file: its suggested name and its bytes (UTF-8, CRLF lines). */
public record CalendarFile(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
}
