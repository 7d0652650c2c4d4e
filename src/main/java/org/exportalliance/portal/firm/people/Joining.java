package org.exportalliance.portal.firm.people;

import org.jspecify.annotations.Nullable;

/** What the invitee chooses on the invitation page. */
public record Joining(@Nullable String username, @Nullable String displayName, @Nullable String password,
        @Nullable String locale) {}
