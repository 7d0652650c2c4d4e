package org.exportalliance.portal.firm.people.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Instants as the people pages show them: date and time in the association's zone, in the reader's language. */
final class Moments {

    private Moments() {}

    static String of(@Nullable Instant at, Locale locale, ZoneId zone, String never) {
        return at == null ? never : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(at);
    }
}
