package org.exportalliance.portal.firm.people.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.exportalliance.portal.platform.i18n.Formats;
import org.jspecify.annotations.Nullable;

/** Instants as the people pages show them: date and time in the association's zone, in the reader's language. */
final class Moments {

    private Moments() {}

    static String of(@Nullable Instant at, Locale locale, ZoneId zone, String never) {
        return at == null ? never : Formats.dateTime(at, zone, locale);
    }
}
