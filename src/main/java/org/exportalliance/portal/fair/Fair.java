package org.exportalliance.portal.fair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One edition of an international trade fair in the alliance's catalogue. */
public record Fair(
        UUID id,
        String nameZh,
        String nameEn,
        String city,
        String country,
        String venue,
        LocalDate startDate,
        LocalDate endDate,
        Set<Sector> sectors,
        @Nullable String website,
        FairStatus status,
        @Nullable String cancelReason,
        long version,
        Instant updatedAt) {

    public Fair {
        sectors = Set.copyOf(sectors);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public boolean isCancelled() {
        return status == FairStatus.CANCELLED;
    }

    public boolean isUpcoming(LocalDate today) {
        return !endDate.isBefore(today);
    }

    public FairDraft toDraft() {
        return new FairDraft(nameZh, nameEn, city, country, venue, startDate, endDate, sectors, website);
    }
}
