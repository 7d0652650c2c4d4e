package org.exportalliance.portal.request;

import org.jspecify.annotations.Nullable;

/** A lab test's samples: how many, of what material, to be tested against which standard (GB/T 3923.1, ISO 13934-1). */
public record LabSamples(@Nullable Integer count, @Nullable String material, @Nullable String standard) {

    LabSamples normalised() {
        return new LabSamples(count, RequestDraft.tidy(material), RequestDraft.tidy(standard));
    }
}
