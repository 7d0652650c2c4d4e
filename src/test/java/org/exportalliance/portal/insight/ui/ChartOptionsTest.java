package org.exportalliance.portal.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.insight.Cell;
import org.exportalliance.portal.insight.Figure;
import org.exportalliance.portal.insight.MarketRow;
import org.exportalliance.portal.insight.MarketTable;
import org.junit.jupiter.api.Test;

/** The charts draw only what the viewer may see, labelled in the viewer's language. */
class ChartOptionsTest {

    private static final Cell WITHHELD = new Cell(null, true, null);

    @Test
    void a_withheld_month_is_a_gap_and_a_withheld_market_has_no_bar_in_either_language() {
        MarketRow india = row("IN", shown(120_000));
        MarketRow brazil = row("BR", WITHHELD);
        MarketRow total = row(null, WITHHELD);
        MarketTable table = new MarketTable(2025, List.of(india, brazil), total, row(null, shown(90_000)));

        Map<String, Object> english = ChartOptions.monthly(table, "CNY", "2025", "2024", Locale.ENGLISH);
        Map<String, Object> chinese = ChartOptions.markets(table, "CNY", "各市场", Locale.SIMPLIFIED_CHINESE);

        assertThat(axis(english)).startsWith("Jan", "Feb");
        List<?> series = (List<?>) english.get("series");
        assertThat(data(series.get(0))).containsOnly("-");
        assertThat(data(series.get(1))).containsOnly(90_000L);
        assertThat(axis(chinese)).containsExactly("印度");
        assertThat(data(((List<?>) chinese.get("series")).get(0))).containsExactly(120_000L);
        assertThat(axis(ChartOptions.markets(table, "CNY", "markets", Locale.ENGLISH))).containsExactly("India");
    }

    @Test
    void this_years_months_to_come_are_a_gap_not_a_drop_to_zero_while_an_empty_month_between_is_zero() {
        List<Cell> months = new ArrayList<>(Collections.nCopies(12, shown(50_000)));
        months.set(3, new Cell(Figure.EMPTY, false, null));
        months.set(10, new Cell(Figure.EMPTY, false, null));
        months.set(11, new Cell(Figure.EMPTY, false, null));
        MarketRow total = new MarketRow(null, months, shown(500_000));
        MarketTable table = new MarketTable(2026, List.of(), total, total);

        List<?> series = (List<?>) ChartOptions.monthly(table, "CNY", "2026", "2025", Locale.ENGLISH).get("series");

        assertThat(data(series.get(0))).element(3).isEqualTo(0L);
        assertThat(data(series.get(0)).subList(10, 12)).containsOnly("-");
        assertThat(data(series.get(0))).element(9).isEqualTo(50_000L);
    }

    private static Cell shown(long cny) {
        return new Cell(new Figure(5, 7, BigDecimal.valueOf(cny), BigDecimal.valueOf(cny / 7)), false, null);
    }

    private static MarketRow row(String market, Cell each) {
        return new MarketRow(market, new ArrayList<>(Collections.nCopies(12, each)), each);
    }

    @SuppressWarnings("unchecked")
    private static List<String> axis(Map<String, Object> option) {
        return (List<String>) ((Map<String, Object>) option.get("xAxis")).get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> data(Object series) {
        return (List<Object>) ((Map<String, Object>) series).get("data");
    }
}
