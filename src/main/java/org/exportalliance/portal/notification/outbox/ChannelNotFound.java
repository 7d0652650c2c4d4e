package org.exportalliance.portal.notification.outbox;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such channel among those the actor may change. */
public class ChannelNotFound extends Refusal {
    public ChannelNotFound() {
        super(404, "notification.channel.not-found");
    }
}
