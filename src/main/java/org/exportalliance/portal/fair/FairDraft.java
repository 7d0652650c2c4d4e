package org.exportalliance.portal.fair;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What staff type in to create or edit a fair. Every field may be missing, as it arrives from a form or a JSON body;
 * {@link FairRules} says what is wrong before the service accepts it.
 */
public record FairDraft(
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String city,
        @Nullable String country,
        @Nullable String venue,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable Set<Sector> sectors,
        @Nullable String website) {

    /** The same draft with text trimmed and blank optional text turned into "absent". */
    public FairDraft normalised() {
        return new FairDraft(trim(nameZh), trim(nameEn), trim(city),
                country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT), trim(venue),
                startDate, endDate, sectors, trim(website));
    }

    private static @Nullable String trim(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
