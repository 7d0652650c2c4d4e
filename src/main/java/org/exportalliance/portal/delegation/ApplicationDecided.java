package org.exportalliance.portal.delegation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of the {@code application.decided} webhook: where a firm's application to a delegation stands now,
 * with the offer's deadline when it is an offer. No notes, exhibits or people.
 */
public record ApplicationDecided(UUID applicationId, UUID delegationId, UUID firmId, ApplicationStatus status,
        @Nullable Instant decidedAt, @Nullable Instant offerExpiresAt, long version) {

    static ApplicationDecided of(DelegationApplication a) {
        return new ApplicationDecided(a.id(), a.delegationId(), a.firmId(), a.status(), a.decidedAt(),
                a.offerExpiresAt(), a.version());
    }
}
