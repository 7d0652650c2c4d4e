package org.exportalliance.portal.lead.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A firm's registration of a buyer for some categories, from {@code validFrom} until {@code validUntil}, with its
 * pipeline stage. It holds the buyer while its status is open, it is not LOST, and the window has not ended: expiry
 * needs no job, it is a matter of the clock.
 */
public record Claim(UUID id, UUID leadId, UUID buyerId, UUID firmId, String companyName, String country,
        List<String> categories, ClaimStatus status, ClaimStage stage, @Nullable String lostReason,
        OffsetDateTime validFrom, OffsetDateTime validUntil, OffsetDateTime createdAt, long version) {

    public Claim {
        categories = List.copyOf(categories);
    }

    public boolean holds(OffsetDateTime now) {
        return status.isOpen() && stage != ClaimStage.LOST && now.isBefore(validUntil) && !now.isBefore(validFrom);
    }

    public boolean expired(OffsetDateTime now) {
        return status.isOpen() && stage != ClaimStage.LOST && !now.isBefore(validUntil);
    }
}
