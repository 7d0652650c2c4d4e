package org.exportalliance.portal.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message to one person: a bundle key and its arguments (rendered in the reader's language), where it leads, and
 * whether it was read.
 */
public record Notification(UUID id, UUID userId, String messageKey, List<String> args, @Nullable String link,
        Instant createdAt, @Nullable Instant readAt) {

    public Notification {
        args = List.copyOf(args);
    }

    public boolean unread() {
        return readAt == null;
    }
}
