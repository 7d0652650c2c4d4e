package org.exportalliance.portal.request.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The working window of every working day, in the portal's zone: one span, opening before it closes. */
public record WorkingHours(LocalTime opens, LocalTime closes) {

    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 30));
    private static final Pattern SPAN = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})\\s*");

    public WorkingHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("working hours must open before they close: " + opens + "-" + closes);
        }
    }

    /** {@code 09:00-17:30}; anything else is refused with a message naming the setting's form. */
    public static WorkingHours parse(String text) {
        Matcher m = SPAN.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("working hours must look like 09:00-17:30, not '" + text + "'");
        }
        try {
            return new WorkingHours(time(m.group(1)), time(m.group(2)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("working hours must look like 09:00-17:30, not '" + text + "'", e);
        }
    }

    /** The working time of a whole working day (on a day whose clock does not jump inside the window). */
    public Duration length() {
        return Duration.between(opens, closes);
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }
}
