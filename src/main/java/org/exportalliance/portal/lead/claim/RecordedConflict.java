package org.exportalliance.portal.lead.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conflict detection found, for staff: which firm ran into which firm's claim, on saving a lead, importing a row
 * or claiming, for which categories, and why the buyers matched (NAME, DOMAIN, PHONE or SAME_BUYER).
 */
public record RecordedConflict(long id, OffsetDateTime at, String origin, UUID firmId, @Nullable UUID leadId,
        UUID claimId, UUID holderFirmId, String companyName, List<String> categories, List<String> reasons,
        @Nullable Float nameScore) {

    public RecordedConflict {
        categories = List.copyOf(categories);
        reasons = List.copyOf(reasons);
    }
}
