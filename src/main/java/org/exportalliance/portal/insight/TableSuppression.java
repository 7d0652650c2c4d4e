package org.exportalliance.portal.insight;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Decides which cells of a table with totals members may not see. The table's last row and last column are the
 * totals of the others, so every row and every column is a sum relation, and what a member sees must not let them
 * work out any cell built from one or two firms.
 *
 * <p>Primary suppression withholds those cells. Secondary suppression then withholds more until nothing withheld can
 * be derived. Seen as a graph, with a node per row and per column and an edge per withheld cell, the relations pin a
 * withheld cell down exactly when its edge is a bridge (it lies on no cycle), so withholding goes on until the graph
 * has no bridge. A row or column whose total is shown also reveals the sum of its withheld cells, so those must
 * together come from at least three firms. A cell a firm knows its own share of is then still no one firm's figure.
 *
 * <p>Further cells are chosen smallest first, preferring cells with orders in them. Termination: every round withholds
 * one more cell, and a table with everything withheld has no bridge.
 */
final class TableSuppression {

    private final Tally[][] cells;
    private final int rows;
    private final int columns;
    private final boolean[][] withheld;

    private TableSuppression(Tally[][] cells) {
        this.cells = cells;
        this.rows = cells.length;
        this.columns = rows == 0 ? 0 : cells[0].length;
        this.withheld = new boolean[rows][columns];
    }

    /** The cells members may not see, for a table whose last row and column are totals. */
    static boolean[][] withheld(Tally[][] cells) {
        TableSuppression table = new TableSuppression(cells);
        table.run();
        return table.withheld;
    }

    private void run() {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                withheld[r][c] = cells[r][c].sensitive();
            }
        }
        while (withholdForSmallSums() || withholdForBridges()) {
            // each round withholds one more cell; see the class comment for why this ends
        }
    }

    /** A shown total reveals the sum of its line's withheld cells: that sum must be no one or two firms' figure. */
    private boolean withholdForSmallSums() {
        for (int r = 0; r < rows; r++) {
            int row = r;
            if (!withheld[r][columns - 1] && fewFirms(c -> c < columns - 1 && withheld[row][c], c -> cells[row][c])) {
                return withholdOne(cellsOfRow(r).filter(c -> c[1] < columns - 1));
            }
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            if (!withheld[rows - 1][c] && fewFirms(r -> r < rows - 1 && withheld[r][column], r -> cells[r][column])) {
                return withholdOne(cellsOfColumn(c).filter(cell -> cell[0] < rows - 1));
            }
        }
        return false;
    }

    private boolean fewFirms(IntPredicate member, IntFunction<Tally> tally) {
        int length = Math.max(rows, columns);
        Set<String> firms = new HashSet<>();
        for (int i = 0; i < length; i++) {
            if (member.test(i)) {
                Tally t = tally.apply(i);
                if (t.firms() >= Tally.MIN_FIRMS) {
                    return false;
                }
                firms.addAll(t.fewFirms());
            }
        }
        return !firms.isEmpty() && firms.size() < Tally.MIN_FIRMS;
    }

    /** Withholds a shown cell of the line, or, when the line has none with orders, its total. */
    private boolean withholdOne(CellStream line) {
        Optional<int[]> member = line.shown().filter(c -> !cells[c[0]][c[1]].figure().isEmpty()).smallest();
        int[] cell = member.orElseGet(() -> line.total());
        withheld[cell[0]][cell[1]] = true;
        return true;
    }

    private boolean withholdForBridges() {
        WithheldGraph graph = new WithheldGraph(withheld);
        Optional<int[]> bridge = graph.bridge();
        if (bridge.isEmpty()) {
            return false;
        }
        int[] edge = bridge.get();
        boolean[] rowSide = graph.reachable(edge[0], edge);
        boolean[] columnSide = graph.reachable(rows + edge[1], edge);
        // A shown cell joining the two sides puts the bridge on a cycle; failing that, one that grows either side.
        CellStream shown = allCells().shown();
        Optional<int[]> chosen = shown.filter(c -> rowSide[c[0]] && columnSide[rows + c[1]]
                        || columnSide[c[0]] && rowSide[rows + c[1]]).preferringOrders().smallest()
                .or(() -> shown.filter(c -> rowSide[c[0]] || columnSide[c[0]] || rowSide[rows + c[1]]
                        || columnSide[rows + c[1]]).preferringOrders().smallest());
        chosen.ifPresent(c -> withheld[c[0]][c[1]] = true);
        return chosen.isPresent();
    }

    private CellStream cellsOfRow(int r) {
        int[][] out = new int[columns][];
        for (int c = 0; c < columns; c++) {
            out[c] = new int[] {r, c};
        }
        return new CellStream(out, new int[] {r, columns - 1});
    }

    private CellStream cellsOfColumn(int c) {
        int[][] out = new int[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = new int[] {r, c};
        }
        return new CellStream(out, new int[] {rows - 1, c});
    }

    private CellStream allCells() {
        int[][] out = new int[rows * columns][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                out[r * columns + c] = new int[] {r, c};
            }
        }
        return new CellStream(out, new int[] {rows - 1, columns - 1});
    }

    /** A few cells of the table, with the total of their line for when none of them will do. */
    private final class CellStream {
        private final int[][] members;
        private final int[] total;

        CellStream(int[][] members, int[] total) {
            this.members = members;
            this.total = total;
        }

        CellStream filter(Predicate<int[]> keep) {
            return new CellStream(Arrays.stream(members).filter(keep).toArray(int[][]::new), total);
        }

        CellStream shown() {
            return filter(c -> !withheld[c[0]][c[1]]);
        }

        /** Cells with orders if there are any, else all of them. */
        CellStream preferringOrders() {
            CellStream withOrders = filter(c -> !cells[c[0]][c[1]].figure().isEmpty());
            return withOrders.members.length > 0 ? withOrders : this;
        }

        Optional<int[]> smallest() {
            return Arrays.stream(members).min(Comparator.<int[], BigDecimal>comparing(
                    c -> cells[c[0]][c[1]].weight()).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        }

        int[] total() {
            return total;
        }
    }
}
