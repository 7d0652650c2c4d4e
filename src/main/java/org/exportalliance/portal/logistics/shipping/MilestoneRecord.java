package org.exportalliance.portal.logistics.shipping;

import java.time.Instant;
import java.util.UUID;

/** A milestone as recorded: when, by whom (id and display name), and an optional reference (booking, B/L, port). */
public record MilestoneRecord(ShippingMilestone milestone, Instant recordedAt, UUID recordedBy, String recordedByName,
        String reference) {}
