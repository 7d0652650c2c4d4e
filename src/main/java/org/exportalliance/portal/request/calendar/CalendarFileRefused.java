package org.exportalliance.portal.request.calendar;

import org.exportalliance.portal.platform.spreadsheet.SheetRefused;

/** A calendar file that cannot be imported at all ({@link SheetRefused}; messages {@code calendar.import.file.*}). */
public class CalendarFileRefused extends SheetRefused {

    public CalendarFileRefused(Reason reason) {
        super("calendar.import.file", reason, CalendarFileReader.MAX_BYTES, CalendarFileReader.MAX_ROWS);
    }
}
