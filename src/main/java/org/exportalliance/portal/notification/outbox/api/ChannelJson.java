package org.exportalliance.portal.notification.outbox.api;

import java.time.Instant;
import java.util.UUID;
import org.exportalliance.portal.notification.outbox.NoticeChannel;
import org.jspecify.annotations.Nullable;

/**
 * A channel as the API shows it: its kind, whose it is, the last four characters of its key or token ({@code hint})
 * and whether it works. Never the key, token or signing secret, which cannot be read back once saved.
 */
record ChannelJson(UUID id, String kind, String owner, @Nullable String hint, boolean broken,
        @Nullable String brokenReason, @Nullable Instant pausedUntil) {

    static ChannelJson of(NoticeChannel c) {
        return new ChannelJson(c.id(), c.kind().name(), c.userId() != null ? "PERSON" : "FIRM", c.hint(), c.broken(),
                c.brokenReason(), c.pausedUntil());
    }
}
