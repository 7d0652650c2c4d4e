package org.exportalliance.portal.lead.claim.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Bodies of the claim calls. */
final class ClaimRequests {

    private ClaimRequests() {}

    /** {@code POST /v1/leads/{id}/claims}: the categories to claim; the lead's own when absent. */
    record NewClaim(@Nullable Set<String> categories) {}

    /**
     * {@code POST /v1/claims/{id}/status}: exactly one of a pipeline {@code stage} (the firm), a {@code status}
     * (APPROVED, REJECTED, TRANSFERRED with {@code toFirm}: staff; RELEASED: the firm) or a new {@code validUntil}
     * (staff), with a {@code reason} (required for staff decisions and for LOST).
     */
    record StatusChange(@Nullable String stage, @Nullable String status, @Nullable LocalDate validUntil,
            @Nullable UUID toFirm, @Nullable String reason) {}

    /** {@code POST /v1/claims/{id}/activities}: contact with the buyer, which renews the claim. */
    record Activity(@Nullable String note) {}
}
