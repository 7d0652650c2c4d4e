package org.exportalliance.portal.delegation.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.Exhibit;
import org.jspecify.annotations.Nullable;

/**
 * An application as the API shows it. {@code decisionReasonText} is the reason in the caller's language (automatic
 * reasons are stored as message keys). {@code waitsForStaff}: waitlisted by staff's decision (or a tier quota), so
 * automatic offers pass it by until staff decide on it again.
 */
record ApplicationJson(UUID id, UUID delegationId, UUID firmId, int travellers, BigDecimal areaM2,
        List<Exhibit> exhibits, String notes, @Nullable Integer exportScore, ApplicationStatus status,
        boolean waitsForStaff, @Nullable String decisionReason,
        @Nullable String decisionReasonText, @Nullable Instant decidedAt, @Nullable Instant offerExpiresAt,
        Instant submittedAt, long version) {

    static ApplicationJson of(DelegationApplication a, @Nullable String reasonText) {
        return new ApplicationJson(a.id(), a.delegationId(), a.firmId(), a.travellers(), a.areaM2(), a.exhibits(),
                a.notes(), a.exportScore(), a.status(), a.waitsForStaff(), a.decisionReason(), reasonText, a.decidedAt(),
                a.offerExpiresAt(), a.submittedAt(), a.version());
    }
}
