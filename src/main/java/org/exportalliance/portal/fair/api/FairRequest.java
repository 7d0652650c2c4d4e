package org.exportalliance.portal.fair.api;

import java.time.LocalDate;
import java.util.Set;
import org.exportalliance.portal.fair.FairDraft;
import org.exportalliance.portal.fair.Sector;
import org.jspecify.annotations.Nullable;

/** The body of POST and PUT /api/v1/fairs. Missing fields are reported by the rules, each by name. */
record FairRequest(@Nullable String nameZh, @Nullable String nameEn, @Nullable String city, @Nullable String country,
        @Nullable String venue, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
        @Nullable Set<Sector> sectors, @Nullable String website) {

    FairDraft toDraft() {
        return new FairDraft(nameZh, nameEn, city, country, venue, startDate, endDate, sectors, website);
    }
}
