package org.exportalliance.portal.request.api;

import org.exportalliance.portal.platform.refusal.MultiLine;
import org.jspecify.annotations.Nullable;

/** A comment to the other side, or ({@code internal}, the unit and staff only) a note the firm never sees. */
record CommentBody(@MultiLine @Nullable String text, @Nullable Boolean internal) {}
