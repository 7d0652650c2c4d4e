package org.exportalliance.portal.insight;

import java.util.List;

/**
 * The alliance dashboard for a year, as one viewer may see it: won orders by market and month with year-on-year
 * growth, each delegation's return, and lead conversion by source. {@code staffView} says whether withheld cells
 * carry their figures (staff) or not (everyone else). {@code years} are the years with won orders.
 */
public record AllianceInsight(int year, List<Integer> years, boolean staffView, MarketTable markets,
        List<FairReturn> fairs, List<ConversionRow> conversion) {

    public AllianceInsight {
        years = List.copyOf(years);
        fairs = List.copyOf(fairs);
        conversion = List.copyOf(conversion);
    }
}
