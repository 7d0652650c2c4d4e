package org.exportalliance.portal.account;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What it takes to open an account. */
public record NewUser(
        UUID firmId,
        String username,
        String displayName,
        @Nullable String email,
        String rawPassword,
        Set<Role> roles,
        String locale,
        boolean demo) {}
