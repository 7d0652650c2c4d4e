package org.exportalliance.portal.firm.people;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Role;
import org.jspecify.annotations.Nullable;

/** An invitation to join a firm, as its inviters see it; never its link's secret. */
public record Invitation(
        UUID id,
        UUID firmId,
        String email,
        Set<Role> roles,
        String locale,
        @Nullable UUID invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant sentAt,
        int sentCount,
        @Nullable Instant acceptedAt,
        @Nullable Instant revokedAt) {

    public Invitation {
        roles = Set.copyOf(roles);
    }

    public InvitationStatus status(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return expiresAt.isAfter(now) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    }
}
