package org.exportalliance.portal.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.exportalliance.portal.insight.InsightRepository.GroupedTally;
import org.jspecify.annotations.Nullable;

/**
 * Turns grouped tallies into the tables a viewer sees: lays them out with their totals, suppresses, and publishes
 * each cell with its figure only where the viewer may see it. Growth and rates are computed from shown cells only,
 * so they reveal nothing the cells do not.
 */
final class AllianceTables {

    static final int MONTHS = 12;

    private AllianceTables() {
    }

    /** A table of tallies: rows by key (plus a total row), {@code columns} columns (plus a total column). */
    record Laid(List<String> keys, Tally[][] cells, boolean[][] withheld) {

        /** Laid out, and suppressed unless {@code suppress} is false (a firm's own figures). */
        static Laid of(List<GroupedTally> tallies, List<String> keys, int columns,
                Function<Integer, Integer> columnIndex, boolean suppress) {
            Tally[][] cells = new Tally[keys.size() + 1][columns + 1];
            for (Tally[] row : cells) {
                Arrays.fill(row, Tally.EMPTY);
            }
            for (GroupedTally t : tallies) {
                int r = t.row() == null ? keys.size() : keys.indexOf(t.row());
                int c = t.column() == null ? columns : columnIndex.apply(t.column());
                if (r >= 0 && c >= 0) {
                    cells[r][c] = t.tally();
                }
            }
            boolean[][] withheld = suppress ? TableSuppression.withheld(cells) : new boolean[cells.length][columns + 1];
            return new Laid(List.copyOf(keys), cells, withheld);
        }

        int rowOf(@Nullable String key) {
            return key == null ? keys.size() : keys.indexOf(key);
        }

        boolean shownTo(boolean staff, int r, int c) {
            return staff || !withheld[r][c];
        }

        Cell cell(boolean staff, int r, int c, @Nullable Laid lastYear) {
            Figure figure = shownTo(staff, r, c) ? cells[r][c].figure() : null;
            return new Cell(figure, withheld[r][c], growth(staff, figure, lastYear, r, c));
        }

        private @Nullable BigDecimal growth(boolean staff, @Nullable Figure now, @Nullable Laid lastYear, int r,
                int c) {
            if (now == null || lastYear == null) {
                return null;
            }
            int lastRow = lastYear.rowOf(r == keys.size() ? null : keys.get(r));
            if (lastRow < 0 || !lastYear.shownTo(staff, lastRow, c)) {
                return null;
            }
            BigDecimal before = lastYear.cells[lastRow][c].figure().cny();
            return before.signum() == 0 ? null : ratio(now.cny().subtract(before), before);
        }
    }

    static MarketTable markets(int year, List<GroupedTally> now, List<GroupedTally> before, boolean staff) {
        return markets(year, now, before, staff, true);
    }

    /** A firm's own market table: nothing to suppress from the firm itself. */
    static MarketTable ownMarkets(int year, List<GroupedTally> now, List<GroupedTally> before) {
        return markets(year, now, before, true, false);
    }

    private static MarketTable markets(int year, List<GroupedTally> now, List<GroupedTally> before, boolean staff,
            boolean suppress) {
        Laid thisYear = Laid.of(now, keys(now), MONTHS, month -> month - 1, suppress);
        Laid lastYear = Laid.of(before, keys(before), MONTHS, month -> month - 1, suppress);
        List<MarketRow> rows = new ArrayList<>();
        for (int r = 0; r <= thisYear.keys().size(); r++) {
            List<Cell> months = new ArrayList<>();
            for (int c = 0; c < MONTHS; c++) {
                months.add(thisYear.cell(staff, r, c, lastYear));
            }
            String market = r < thisYear.keys().size() ? thisYear.keys().get(r) : null;
            rows.add(new MarketRow(market, months, thisYear.cell(staff, r, MONTHS, lastYear)));
        }
        MarketRow total = rows.removeLast();
        return new MarketTable(year, rows, total, totalRow(lastYear, staff));
    }

    private static MarketRow totalRow(Laid table, boolean staff) {
        int r = table.keys().size();
        List<Cell> months = new ArrayList<>();
        for (int c = 0; c < MONTHS; c++) {
            months.add(table.cell(staff, r, c, null));
        }
        return new MarketRow(null, months, table.cell(staff, r, MONTHS, null));
    }

    /** Rows per lead source in {@code sources}' order, then the total; columns open, won, lost, all claims. */
    static List<ConversionRow> conversion(List<GroupedTally> tallies, List<String> sources, boolean staff) {
        Laid laid = Laid.of(tallies, sources, 3, outcome -> outcome, true);
        List<ConversionRow> rows = new ArrayList<>();
        for (int r = 0; r <= sources.size(); r++) {
            Cell won = laid.cell(staff, r, 1, null);
            Cell claims = laid.cell(staff, r, 3, null);
            BigDecimal conversion = won.figure() != null && claims.figure() != null && claims.figure().count() > 0
                    ? ratio(BigDecimal.valueOf(won.figure().count()), BigDecimal.valueOf(claims.figure().count()))
                    : null;
            rows.add(new ConversionRow(r < sources.size() ? sources.get(r) : null, laid.cell(staff, r, 0, null), won,
                    laid.cell(staff, r, 2, null), claims, conversion));
        }
        return rows;
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 4, RoundingMode.HALF_EVEN);
    }

    private static List<String> keys(List<GroupedTally> tallies) {
        return tallies.stream().map(GroupedTally::row).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
