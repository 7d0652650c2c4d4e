package org.exportalliance.portal.insight;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The withheld cells of a table as a graph, for {@link TableSuppression}: rows are nodes 0..rows-1, columns nodes
 * rows..rows+columns-1, and each withheld cell is an edge between its row and its column. A withheld cell whose edge
 * is a bridge (on no cycle) can be worked out from the totals.
 */
final class WithheldGraph {

    private final boolean[][] withheld;
    private final int rows;
    private final int columns;
    private final int nodes;
    private final int[] order;
    private final int[] low;
    private int clock;

    /** Shares {@code withheld} with the caller, uncopied; the suppression builds a new graph for each round. */
    WithheldGraph(boolean[][] withheld) {
        this.withheld = withheld;
        this.rows = withheld.length;
        this.columns = rows == 0 ? 0 : withheld[0].length;
        this.nodes = rows + columns;
        this.order = new int[nodes];
        this.low = new int[nodes];
    }

    Optional<int[]> bridge() {
        Arrays.fill(order, -1);
        for (int start = 0; start < nodes; start++) {
            if (order[start] < 0) {
                Optional<int[]> found = search(start, -1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Depth-first search for a bridge (Tarjan); the graph has at most a few hundred nodes. */
    private Optional<int[]> search(int node, int parent) {
        order[node] = low[node] = clock++;
        for (int next : neighbours(node)) {
            if (next == parent) {
                continue;
            }
            if (order[next] >= 0) {
                low[node] = Math.min(low[node], order[next]);
                continue;
            }
            Optional<int[]> found = search(next, node);
            if (found.isPresent()) {
                return found;
            }
            low[node] = Math.min(low[node], low[next]);
            if (low[next] > order[node]) {
                return Optional.of(node < rows ? new int[] {node, next - rows} : new int[] {next, node - rows});
            }
        }
        return Optional.empty();
    }

    /** The nodes reachable from {@code start} without crossing {@code bridge}. */
    boolean[] reachable(int start, int[] bridge) {
        boolean[] seen = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[start] = true;
        queue.add(start);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int next : neighbours(node)) {
                boolean crossesBridge = node == bridge[0] && next == rows + bridge[1]
                        || next == bridge[0] && node == rows + bridge[1];
                if (!crossesBridge && !seen[next]) {
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    private int[] neighbours(int node) {
        if (node < rows) {
            return IntStream.range(0, columns).filter(c -> withheld[node][c])
                    .map(c -> rows + c).toArray();
        }
        int c = node - rows;
        return IntStream.range(0, rows).filter(r -> withheld[r][c]).toArray();
    }
}
