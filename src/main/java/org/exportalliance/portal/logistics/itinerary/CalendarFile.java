package org.exportalliance.portal.logistics.itinerary;

import org.exportalliance.portal.platform.files.GeneratedFile;

/** A generated iCalendar file: its suggested name and its bytes (UTF-8, CRLF lines). */
public record CalendarFile(String fileName, byte[] content) implements GeneratedFile {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    @Override
    public String mediaType() {
        return CONTENT_TYPE;
    }
}
