package org.exportalliance.portal.notification;

import java.util.List;
import java.util.UUID;

/** A firm and its enabled users, as {@link NotificationService#recipientsOf} read them. */
public record FirmRecipients(UUID firmId, List<UUID> users) {

    public FirmRecipients {
        users = List.copyOf(users);
    }
}
