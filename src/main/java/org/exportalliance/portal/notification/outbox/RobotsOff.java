package org.exportalliance.portal.notification.outbox;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No {@code portal.channels.key} is configured, so robot secrets cannot be stored. */
public class RobotsOff extends Refusal {
    public RobotsOff() {
        super(409, "notification.channel.robots-off");
    }
}
