package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A firm's application to a delegation and the decision on it, with its reason. {@code waitsForStaff}: waitlisted by
 * staff's own decision (or a tier quota), so automatic offers pass it by until staff decide on it again.
 */
public record DelegationApplication(
        UUID id,
        UUID delegationId,
        UUID firmId,
        int travellers,
        BigDecimal areaM2,
        List<Exhibit> exhibits,
        String notes,
        @Nullable Integer exportScore,
        ApplicationStatus status,
        boolean waitsForStaff,
        @Nullable String decisionReason,
        @Nullable Instant decidedAt,
        @Nullable Instant offerExpiresAt,
        Instant submittedAt,
        long version) {

    public DelegationApplication {
        exhibits = List.copyOf(exhibits);
    }

    public Capacity request() {
        return new Capacity(1, areaM2, travellers);
    }

    /** What the firm asked for, as a draft to change. */
    public ApplicationDraft asDraft() {
        return new ApplicationDraft(travellers, areaM2, exhibits, notes);
    }
}
