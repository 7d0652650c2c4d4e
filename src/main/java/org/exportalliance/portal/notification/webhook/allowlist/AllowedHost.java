package org.exportalliance.portal.notification.webhook.allowlist;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the staff's allow-list: a host name or an address block as written once ({@code 10.20.0.0/16}), why
 * it is there, who added it (none once that account is gone) and when.
 */
public record AllowedHost(UUID id, String entry, Kind kind, String note, @Nullable UUID addedBy, Instant addedAt) {

    /** A host name, matched exactly, or a block of addresses (a single address is a block of one). */
    public enum Kind { NAME, BLOCK }
}
