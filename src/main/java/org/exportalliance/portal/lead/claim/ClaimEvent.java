package org.exportalliance.portal.lead.claim;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One step of a claim's history: what happened, when, by whom, and with which stage, end date or note. */
public record ClaimEvent(OffsetDateTime at, @Nullable UUID actorId, String kind, @Nullable ClaimStage stage,
        @Nullable OffsetDateTime validUntil, @Nullable String note) {}
