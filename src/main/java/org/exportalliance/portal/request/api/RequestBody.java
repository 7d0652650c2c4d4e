package org.exportalliance.portal.request.api;

import java.util.UUID;
import org.exportalliance.portal.platform.refusal.MultiLine;
import org.exportalliance.portal.request.Concerns;
import org.exportalliance.portal.request.LabSamples;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestDraft;
import org.jspecify.annotations.Nullable;

/** A request as a firm's system files it; {@code urgency} and {@code concerns.kind} by their codes. */
record RequestBody(@Nullable String category, @Nullable String title, @MultiLine @Nullable String description,
        @Nullable String urgency, @Nullable ConcernsBody concerns, @Nullable LabSamples samples) {

    record ConcernsBody(@Nullable String kind, @Nullable UUID id) {}

    RequestDraft toDraft() {
        Concerns about = concerns == null ? null : new Concerns(
                RequestCodes.of(Concerns.Kind.class, concerns.kind(), "concerns.kind"),
                RequestCodes.required(concerns.id(), "concerns.id"));
        return new RequestDraft(category, title, description,
                urgency == null ? null : RequestCodes.of(Priority.class, urgency, "urgency"), about, samples);
    }
}
