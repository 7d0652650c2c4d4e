package org.exportalliance.portal.notification.outbox;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A channel a person ({@code userId}) or a firm ({@code firmId}) chose, as the settings page shows it: the last four
 * characters of its key or token ({@code hint}) and never the secret itself; broken once a robot said the
 * credentials are wrong (no notices go to it until they are replaced), paused while a robot is over its rate.
 */
public record NoticeChannel(UUID id, @Nullable UUID userId, @Nullable UUID firmId, ChannelKind kind,
        @Nullable String hint, String locale, @Nullable Instant brokenAt, @Nullable String brokenReason,
        @Nullable Instant pausedUntil) {

    public boolean broken() {
        return brokenAt != null;
    }
}
