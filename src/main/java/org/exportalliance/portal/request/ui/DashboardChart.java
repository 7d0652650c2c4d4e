package org.exportalliance.portal.request.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.MonthFigures;
import org.exportalliance.portal.request.RequestDashboard;

/**
 * The dashboard's chart as an ECharts option: requests filed per month (bars) and the three rates per month (lines,
 * in percent on a second axis), summed over the rows the reader may see (for members, the all-category rows).
 */
final class DashboardChart {

    private DashboardChart() {}

    /** The months' totals, oldest first. */
    record Month(LocalDate month, long filed, long accepted, long acceptedInTime, long resolved, long resolvedInTime,
            long rated, long satisfied) {

        Month plus(MonthFigures f) {
            return new Month(month, filed + f.filed(), accepted + f.accepted(), acceptedInTime + f.acceptedInTime(),
                    resolved + f.resolved(), resolvedInTime + f.resolvedInTime(), rated + f.rated(),
                    satisfied + f.satisfied());
        }
    }

    static List<Month> months(RequestDashboard.View view) {
        Map<LocalDate, Month> months = new TreeMap<>();
        for (MonthFigures f : view.months()) {
            // Alliance-wide figures come as one row per month over every category; others per category.
            boolean counted = view.scope() != RequestDashboard.Scope.ALLIANCE_WIDE
                    || MonthFigures.ALL_CATEGORIES.equals(f.category());
            if (counted) {
                months.computeIfAbsent(f.month(), m -> new Month(m, 0, 0, 0, 0, 0, 0, 0));
                months.computeIfPresent(f.month(), (m, total) -> total.plus(f));
            }
        }
        return List.copyOf(months.values());
    }

    static Map<String, Object> option(List<Month> months, Map<String, String> names, Locale locale) {
        List<Object> labels = new ArrayList<>();
        List<Object> filed = new ArrayList<>();
        List<Object> accepted = new ArrayList<>();
        List<Object> resolved = new ArrayList<>();
        List<Object> satisfied = new ArrayList<>();
        for (Month m : months) {
            labels.add(Formats.month(m.month(), locale));
            filed.add(m.filed());
            accepted.add(percent(m.acceptedInTime(), m.accepted()));
            resolved.add(percent(m.resolvedInTime(), m.resolved()));
            satisfied.add(percent(m.satisfied(), m.rated()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 50, "right", 50, "top", 40, "bottom", 40));
        option.put("xAxis", Map.of("type", "category", "data", labels));
        option.put("yAxis", List.of(Map.of("type", "value", "minInterval", 1),
                Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value}%"))));
        option.put("series", List.of(series(names.get("filed"), "bar", 0, filed),
                series(names.get("accepted"), "line", 1, accepted), series(names.get("resolved"), "line", 1, resolved),
                series(names.get("satisfied"), "line", 1, satisfied)));
        return option;
    }

    private static Object percent(long part, long whole) {
        return whole == 0 ? "-" : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static Map<String, Object> series(String name, String type, int axis, List<Object> data) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("type", type);
        series.put("yAxisIndex", axis);
        series.put("data", data);
        return series;
    }
}
