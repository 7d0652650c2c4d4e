package org.exportalliance.portal.support;

/**
 * The attacker of a published table with totals (its last row and column): what follows, by linear algebra, from
 * the cells shown and the sum relations of its rows and columns.
 */
public final class Derivations {

    private Derivations() {
    }

    /** Whether the cell's value follows from the shown cells: its unit vector lies in the relations' row space. */
    public static boolean derivable(boolean[][] withheld, int row, int column) {
        int rows = withheld.length;
        int columns = withheld[0].length;
        int[][] index = new int[rows][columns];
        int unknowns = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                index[r][c] = withheld[r][c] ? unknowns++ : -1;
            }
        }
        double[][] relations = new double[rows + columns + 1][unknowns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (index[r][c] >= 0) {
                    relations[r][index[r][c]] = c == columns - 1 ? -1 : 1;
                    relations[rows + c][index[r][c]] = r == rows - 1 ? -1 : 1;
                }
            }
        }
        int rank = rank(relations, rows + columns);
        relations[rows + columns][index[row][column]] = 1;
        return rank(relations, rows + columns + 1) == rank;
    }

    private static int rank(double[][] source, int count) {
        double[][] m = new double[count][];
        for (int i = 0; i < count; i++) {
            m[i] = source[i].clone();
        }
        int rank = 0;
        for (int col = 0; col < (count == 0 ? 0 : m[0].length) && rank < count; col++) {
            int pivot = rank;
            for (int i = rank + 1; i < count; i++) {
                if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
                    pivot = i;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int i = 0; i < count; i++) {
                if (i != rank) {
                    double f = m[i][col] / m[rank][col];
                    for (int j = col; j < m[i].length; j++) {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
