package org.exportalliance.portal.lead;

import org.jspecify.annotations.Nullable;

/** What a lead list narrows to; every part optional. {@code text} matches the company name and city. */
public record LeadFilter(@Nullable String country, @Nullable String category, @Nullable LeadSource source,
        @Nullable String text, boolean ownOnly) {

    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, false);
    }
}
