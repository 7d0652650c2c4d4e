package org.exportalliance.portal.request;

import java.util.Locale;
import org.exportalliance.portal.platform.refusal.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * What a firm files: the category, a title and description, how urgent it is, optionally what it concerns, and for a
 * lab test its samples. Any part may be missing or wrong; {@link RequestRules} says what.
 */
public record RequestDraft(@Nullable String category, @Nullable String title, @MultiLine @Nullable String description,
        @Nullable Priority urgency, @Nullable Concerns concerns, @Nullable LabSamples samples) {

    /** Trimmed, with the category code in capitals. */
    public RequestDraft normalised() {
        String code = tidy(category);
        return new RequestDraft(code == null ? null : code.toUpperCase(Locale.ROOT), tidy(title), tidy(description),
                urgency, concerns, samples == null ? null : samples.normalised());
    }

    static @Nullable String tidy(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
