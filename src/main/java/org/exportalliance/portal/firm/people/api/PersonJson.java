package org.exportalliance.portal.firm.people.api;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.jspecify.annotations.Nullable;

/** A person of a firm, as the firm's admins and staff see them. */
record PersonJson(UUID id, UUID firmId, String username, String displayName, @Nullable String email,
        List<Role> roles, String locale, boolean active, boolean secondFactor) {

    static PersonJson of(UserAccount u) {
        return new PersonJson(u.id(), u.firmId(), u.username(), u.displayName(), u.email(),
                u.roles().stream().sorted().toList(), u.locale(), u.enabled(), u.mfaEnrolled());
    }
}
