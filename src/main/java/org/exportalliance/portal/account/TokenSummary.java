package org.exportalliance.portal.account;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A live token as its owner sees it in a list: never its secret. No expiry for tokens issued before issue 14. */
public record TokenSummary(UUID id, String name, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt) {}
