package org.exportalliance.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.exportalliance.portal.support.Derivations;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression against an attacker who knows every shown cell, every relation of the table and their own
 * firm's share of every cell: on hundreds of random tables, linear algebra over the relations recovers no withheld
 * cell, and no shown total gives away the sum of withheld cells that one or two firms built.
 */
class TableSuppressionTest {

    @Test
    void no_withheld_cell_of_a_random_table_can_be_worked_out_from_what_members_see() {
        Random random = new Random(20261128);
        int withheldInAll = 0;
        for (int round = 0; round < 400; round++) {
            Tally[][] table = randomTable(random, 2 + random.nextInt(7), 2 + random.nextInt(6), 2 + random.nextInt(9));
            boolean[][] withheld = TableSuppression.withheld(table);
            for (int r = 0; r < table.length; r++) {
                for (int c = 0; c < table[0].length; c++) {
                    if (table[r][c].sensitive()) {
                        assertThat(withheld[r][c]).as("round %d: the cell (%d, %d) of %d firms", round, r, c,
                                table[r][c].firms()).isTrue();
                    }
                    if (withheld[r][c]) {
                        withheldInAll++;
                        assertThat(Derivations.derivable(withheld, r, c))
                                .as("round %d: cell (%d, %d) can be derived", round, r, c).isFalse();
                    }
                }
            }
            assertNoShownTotalRevealsFewFirms(table, withheld, round);
        }
        assertThat(withheldInAll).as("the random tables have cells to protect").isGreaterThan(500);
    }

    @Test
    void a_table_built_from_many_firms_everywhere_shows_everything() {
        Random random = new Random(7);
        Tally[][] table = randomTable(random, 4, 12, 30, 1.0);
        boolean[][] withheld = TableSuppression.withheld(table);
        for (boolean[] row : withheld) {
            for (boolean cell : row) {
                assertThat(cell).isFalse();
            }
        }
    }

    @Test
    void one_firm_alone_in_a_market_and_month_takes_a_second_cell_of_its_row_and_column_with_it() {
        // Rows: India, Turkey, total; columns: January, February, total. Firm "a" alone in India's January.
        Tally[][] table = {
            {tally(100, "a"), tally(500, "b", "c", "d"), tally(600, "a", "b", "c", "d")},
            {tally(400, "b", "c", "e"), tally(700, "c", "d", "e"), tally(1100, "b", "c", "d", "e")},
            {tally(500, "a", "b", "c", "e"), tally(1200, "b", "c", "d", "e"), tally(1700, "a", "b", "c", "d", "e")}};
        boolean[][] withheld = TableSuppression.withheld(table);
        assertThat(withheld[0][0]).isTrue();
        assertThat(withheld[0][1] || withheld[0][2]).as("India's row has a second withheld cell").isTrue();
        assertThat(withheld[1][0] || withheld[2][0]).as("January's column has a second withheld cell").isTrue();
        assertThat(Derivations.derivable(withheld, 0, 0)).isFalse();
    }

    private static void assertNoShownTotalRevealsFewFirms(Tally[][] table, boolean[][] withheld, int round) {
        int rows = table.length;
        int columns = table[0].length;
        for (int r = 0; r < rows; r++) {
            if (!withheld[r][columns - 1]) {
                Set<String> firms = new HashSet<>();
                for (int c = 0; c < columns - 1; c++) {
                    if (withheld[r][c]) {
                        firms.addAll(firmsOf(table[r][c]));
                    }
                }
                assertThat(firms.isEmpty() || firms.size() >= Tally.MIN_FIRMS).as("round %d row %d", round, r)
                        .isTrue();
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!withheld[rows - 1][c]) {
                Set<String> firms = new HashSet<>();
                for (int r = 0; r < rows - 1; r++) {
                    if (withheld[r][c]) {
                        firms.addAll(firmsOf(table[r][c]));
                    }
                }
                assertThat(firms.isEmpty() || firms.size() >= Tally.MIN_FIRMS).as("round %d column %d", round, c)
                        .isTrue();
            }
        }
    }

    /** A cell of three or more firms counts as three distinct placeholder firms of its own. */
    private static Set<String> firmsOf(Tally t) {
        if (t.firms() >= Tally.MIN_FIRMS) {
            return Set.of(t + "#1", t + "#2", t + "#3");
        }
        return t.fewFirms();
    }

    private static Tally[][] randomTable(Random random, int markets, int months, int firms) {
        return randomTable(random, markets, months, firms, 0.15 + random.nextDouble() * 0.4);
    }

    /** Each firm sells to each market in each month with the given chance; the last row and column are totals. */
    private static Tally[][] randomTable(Random random, int markets, int months, int firms, double chance) {
        long[][][] value = new long[markets][months][firms];
        for (int m = 0; m < markets; m++) {
            for (int t = 0; t < months; t++) {
                for (int f = 0; f < firms; f++) {
                    value[m][t][f] = random.nextDouble() < chance ? 1 + random.nextInt(1_000_000) : 0;
                }
            }
        }
        Tally[][] table = new Tally[markets + 1][months + 1];
        for (int r = 0; r <= markets; r++) {
            for (int c = 0; c <= months; c++) {
                long sum = 0;
                Set<String> who = new HashSet<>();
                for (int m = 0; m < markets; m++) {
                    for (int t = 0; t < months; t++) {
                        if ((r == markets || r == m) && (c == months || c == t)) {
                            for (int f = 0; f < firms; f++) {
                                if (value[m][t][f] > 0) {
                                    sum += value[m][t][f];
                                    who.add("firm" + f);
                                }
                            }
                        }
                    }
                }
                table[r][c] = tally(sum, who.toArray(String[]::new));
            }
        }
        return table;
    }

    private static Tally tally(long cny, String... firms) {
        Set<String> who = Set.of(firms);
        Figure figure = new Figure(who.size(), who.size(), BigDecimal.valueOf(cny), BigDecimal.valueOf(cny));
        return new Tally(figure, who.size() < Tally.MIN_FIRMS ? who : Set.of());
    }
}
