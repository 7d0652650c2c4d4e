package org.exportalliance.portal.insight.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.insight.Cell;
import org.exportalliance.portal.insight.InsightLabels;
import org.exportalliance.portal.insight.MarketRow;
import org.exportalliance.portal.insight.MarketTable;

/**
 * ECharts options for the dashboards, as plain maps for the JSON writer. Only figures the viewer sees are drawn: a
 * withheld month is a gap in the line, a withheld market has no bar.
 */
final class ChartOptions {

    private ChartOptions() {
    }

    /** This year's and last year's monthly totals as two lines. */
    static Map<String, Object> monthly(MarketTable table, String currency, String thisYear, String lastYear,
            Locale locale) {
        List<String> months = monthNames(locale);
        return option(months, List.of(series(thisYear, "line", values(table.total(), currency)),
                series(lastYear, "line", values(table.lastYearTotal(), currency))), true, 0);
    }

    /** One series of bars, one per month. */
    static Map<String, Object> monthlyBars(MarketRow totals, String currency, String name, Locale locale) {
        List<String> months = monthNames(locale);
        return option(months, List.of(series(name, "bar", values(totals, currency))), false, 0);
    }

    /** The markets' year totals as bars, largest first; withheld markets are left out. */
    static Map<String, Object> markets(MarketTable table, String currency, String name, Locale locale) {
        List<MarketRow> shown = table.markets().stream().filter(r -> r.year().figure() != null
                        && !r.year().figure().isEmpty())
                .sorted(Comparator.comparing((MarketRow r) -> amount(r.year(), currency)).reversed()).toList();
        List<String> names = shown.stream().map(r -> InsightLabels.market(String.valueOf(r.market()), locale))
                .toList();
        List<Object> values = new ArrayList<>(shown.stream().map(r -> (Object) whole(amount(r.year(), currency)))
                .toList());
        // Country names are long: slanted once there are more than a few.
        return option(names, List.of(series(name, "bar", values)), false, names.size() > 5 ? 30 : 0);
    }

    private static List<String> monthNames(Locale locale) {
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT, locale)).toList();
    }

    private static Map<String, Object> option(List<String> categories, List<Map<String, Object>> series,
            boolean legend, int labelRotation) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        if (legend) {
            option.put("legend", Map.of("top", 0));
        }
        option.put("grid", Map.of("left", 70, "right", 20, "top", legend ? 40 : 20, "bottom",
                labelRotation > 0 ? 70 : 40));
        option.put("xAxis", Map.of("type", "category", "data", categories,
                "axisLabel", Map.of("interval", 0, "rotate", labelRotation)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> series(String name, String type, List<Object> data) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("type", type);
        series.put("data", data);
        if ("line".equals(type)) {
            series.put("connectNulls", false);
        }
        return series;
    }

    /**
     * The row's months in the currency, whole units; "-" (a gap, to ECharts) where withheld, and for the months after
     * the last with orders (this year's months to come are no drop to zero).
     */
    private static List<Object> values(MarketRow row, String currency) {
        int last = -1;
        for (int m = 0; m < row.months().size(); m++) {
            Cell cell = row.months().get(m);
            if (cell.figure() == null || !cell.figure().isEmpty()) {
                last = m;
            }
        }
        List<Object> out = new ArrayList<>();
        for (int m = 0; m < row.months().size(); m++) {
            Cell cell = row.months().get(m);
            out.add(cell.figure() == null || m > last ? "-" : whole(amount(cell, currency)));
        }
        return out;
    }

    private static BigDecimal amount(Cell cell, String currency) {
        if (cell.figure() == null) {
            return BigDecimal.ZERO;
        }
        return "USD".equals(currency) ? cell.figure().usd() : cell.figure().cny();
    }

    private static Object whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
