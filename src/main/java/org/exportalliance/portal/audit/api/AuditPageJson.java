package org.exportalliance.portal.audit.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the trail and the cursor for the next, absent on the last page. */
record AuditPageJson(List<AuditEntryJson> items, @Nullable String nextCursor) {}
