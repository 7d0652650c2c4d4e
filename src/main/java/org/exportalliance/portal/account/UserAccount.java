package org.exportalliance.portal.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person who signs in. The password hash never leaves the account package. */
public record UserAccount(
        UUID id,
        UUID firmId,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        String locale,
        boolean enabled,
        boolean demo,
        Instant createdAt,
        boolean firmSuspended,
        boolean mustChangePassword,
        boolean mfaEnrolled) {

    /** Neither deactivated nor of a suspended or ended firm. */
    public boolean active() {
        return enabled && !firmSuspended;
    }

    public Actor asActor() {
        return new Actor(id, firmId, username, roles);
    }
}
