package org.exportalliance.portal.firm.people.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.people.Invitation;
import org.exportalliance.portal.firm.people.InvitationStatus;
import org.exportalliance.portal.firm.people.IssuedInvitation;
import org.jspecify.annotations.Nullable;

/**
 * An invitation; {@code link} only in the answer to sending one when no e-mail went out, for the inviter to pass on.
 */
record InvitationJson(UUID id, UUID firmId, String email, List<Role> roles, String locale, InvitationStatus status,
        Instant expiresAt, int sentCount, boolean mailed, @Nullable String link) {

    static InvitationJson of(Invitation i, Instant now) {
        return new InvitationJson(i.id(), i.firmId(), i.email(), i.roles().stream().sorted().toList(), i.locale(),
                i.status(now), i.expiresAt(), i.sentCount(), false, null);
    }

    static InvitationJson of(IssuedInvitation issued, Instant now) {
        Invitation i = issued.invitation();
        return new InvitationJson(i.id(), i.firmId(), i.email(), i.roles().stream().sorted().toList(), i.locale(),
                i.status(now), i.expiresAt(), i.sentCount(), issued.mailed(), issued.mailed() ? null : issued.link());
    }

    InvitationJson withoutLink() {
        return new InvitationJson(id, firmId, email, roles, locale, status, expiresAt, sentCount, mailed, null);
    }
}
