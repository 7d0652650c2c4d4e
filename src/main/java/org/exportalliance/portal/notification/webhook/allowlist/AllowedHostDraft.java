package org.exportalliance.portal.notification.webhook.allowlist;

import org.jspecify.annotations.Nullable;

/** What staff type to allow a host: the host name, address or CIDR block, and a note saying why. */
public record AllowedHostDraft(@Nullable String entry, @Nullable String note) {}
