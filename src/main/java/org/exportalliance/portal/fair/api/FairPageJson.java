package org.exportalliance.portal.fair.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of fairs and the cursor for the next, absent on the last page. */
record FairPageJson(List<FairJson> items, @Nullable String nextCursor) {}
