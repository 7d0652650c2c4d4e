package org.exportalliance.portal.fair.api;

import org.jspecify.annotations.Nullable;

/** The body of POST /api/v1/fairs/{id}/cancel. */
record CancelRequest(@Nullable String reason) {}
