package org.exportalliance.portal.request.api;

import java.util.UUID;
import org.exportalliance.portal.platform.refusal.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * A step on a request: the version read (or If-Match) and what the step needs — a reason or text (return, pause,
 * resolve, reopen), a priority, a unit (dispatch), a rating and comment (confirm).
 */
record StepBody(@Nullable Long version, @MultiLine @Nullable String text, @Nullable String priority,
        @Nullable UUID unit, @Nullable Integer rating, @MultiLine @Nullable String comment) {}
