package org.exportalliance.portal.insight;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One destination market's won orders, month by month and for the year; the total row has no market. */
public record MarketRow(@Nullable String market, List<Cell> months, Cell year) {

    public MarketRow {
        months = List.copyOf(months);
    }
}
