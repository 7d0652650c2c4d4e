package org.exportalliance.portal.notification.outbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One attempt to send a channel its notices: when, how many it carried, and what came back (no secrets). */
public record Delivery(Instant at, int notices, String outcome, @Nullable String reason) {}
