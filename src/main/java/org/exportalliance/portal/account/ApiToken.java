package org.exportalliance.portal.account;

import java.time.Instant;
import java.util.UUID;

/** A freshly issued personal access token. The secret is shown once; only its hash is stored. */
public record ApiToken(UUID id, String name, String secret, Instant createdAt, Instant expiresAt) {}
