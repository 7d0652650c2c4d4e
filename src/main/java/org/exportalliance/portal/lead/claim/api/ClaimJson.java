package org.exportalliance.portal.lead.claim.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimEvent;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.lead.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/** A claim as its own firm (or staff) sees it. {@code holds} says whether it covers the buyer right now. */
record ClaimJson(UUID id, UUID leadId, UUID firmId, String companyName, String country, List<String> categories,
        ClaimStatus status, ClaimStage stage, @Nullable String lostReason, OffsetDateTime validFrom,
        OffsetDateTime validUntil, boolean holds, boolean expired, OffsetDateTime createdAt, long version) {

    static ClaimJson of(Claim c, OffsetDateTime now) {
        return new ClaimJson(c.id(), c.leadId(), c.firmId(), c.companyName(), c.country(), c.categories(),
                c.status(), c.stage(), c.lostReason(), c.validFrom(), c.validUntil(), c.holds(now), c.expired(now),
                c.createdAt(), c.version());
    }

    record Event(OffsetDateTime at, @Nullable UUID actorId, String kind, @Nullable ClaimStage stage,
            @Nullable OffsetDateTime validUntil, @Nullable String note) {

        static Event of(ClaimEvent e) {
            return new Event(e.at(), e.actorId(), e.kind(), e.stage(), e.validUntil(), e.note());
        }
    }
}
