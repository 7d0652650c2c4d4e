package org.exportalliance.portal.fair.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairStatus;
import org.exportalliance.portal.fair.Sector;
import org.jspecify.annotations.Nullable;

/** A fair as the API shows it. */
record FairJson(UUID id, String nameZh, String nameEn, String city, String country, String venue, LocalDate startDate,
        LocalDate endDate, List<Sector> sectors, @Nullable String website, FairStatus status,
        @Nullable String cancelReason, long version, Instant updatedAt) {

    static FairJson of(Fair f) {
        return new FairJson(f.id(), f.nameZh(), f.nameEn(), f.city(), f.country(), f.venue(), f.startDate(),
                f.endDate(), f.sectors().stream().sorted().toList(), f.website(), f.status(), f.cancelReason(),
                f.version(), f.updatedAt());
    }
}
