package org.exportalliance.portal.account.session;

import java.time.Instant;
import java.util.UUID;

/** One signed-in browser session of a person, as they see it in My account. */
public record UserSession(UUID id, UUID userId, Instant signedInAt, Instant lastSeenAt, String userAgent,
        String clientAddress) {}
