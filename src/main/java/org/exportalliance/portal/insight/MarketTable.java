package org.exportalliance.portal.insight;

import java.util.List;

/**
 * Won export orders of a year by destination market and month, with the totals of both; and last year's totals
 * row as the same viewer sees it, for comparison.
 */
public record MarketTable(int year, List<MarketRow> markets, MarketRow total, MarketRow lastYearTotal) {

    public MarketTable {
        markets = List.copyOf(markets);
    }
}
