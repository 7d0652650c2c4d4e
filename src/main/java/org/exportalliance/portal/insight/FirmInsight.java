package org.exportalliance.portal.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A firm's own dashboard for a year: its orders of the year by stage (won value in CNY for the won stages, at their
 * confirmation's rates; open quotes by their own currencies, never summed across them), its won orders by market and
 * month, and its won value per attribution, per fair and per lead source.
 */
public record FirmInsight(int year, List<StageCount> stages, List<CurrencyAmount> openQuotes, MarketTable markets,
        List<WonBy> byAttribution, List<WonBy> byFair, List<WonBy> bySource) {

    public FirmInsight {
        stages = List.copyOf(stages);
        openQuotes = List.copyOf(openQuotes);
        byAttribution = List.copyOf(byAttribution);
        byFair = List.copyOf(byFair);
        bySource = List.copyOf(bySource);
    }

    /**
     * The year's orders now at a stage; {@code cny} is their won value, null for the stages that are not won (quoted,
     * cancelled: a cancelled order is never won value, even if it was confirmed before).
     */
    public record StageCount(String stage, long orders, @Nullable BigDecimal cny) {
    }

    /** The sum of open quotes in one currency. */
    public record CurrencyAmount(String currency, BigDecimal amount) {
    }

    /**
     * Won orders under one key: an attribution (LEAD, FAIR, DIRECT), a delegation (its id, with its titles), or a
     * lead source.
     */
    public record WonBy(String key, @Nullable UUID delegationId, @Nullable String titleZh, @Nullable String titleEn,
            long orders, BigDecimal cny, BigDecimal usd) {
    }
}
