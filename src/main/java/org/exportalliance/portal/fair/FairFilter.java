package org.exportalliance.portal.fair;

import org.jspecify.annotations.Nullable;

/**
 * Which fairs to list. {@code upcomingOnly} keeps fairs that have not ended yet; {@code text} matches either name or
 * the city.
 */
public record FairFilter(boolean upcomingOnly, @Nullable String country, @Nullable Sector sector,
        @Nullable String text, boolean includeCancelled) {

    public static FairFilter all() {
        return new FairFilter(false, null, null, null, true);
    }
}
