package org.exportalliance.portal.delegation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CostSplitTest {

    static UUID firm(int n) {
        return new UUID(0, n);
    }

    @Test
    void an_equal_split_that_does_not_divide_gives_the_odd_fen_to_the_largest_remainders() {
        Map<UUID, Long> equal = new LinkedHashMap<>();
        equal.put(firm(1), 1L);
        equal.put(firm(2), 1L);
        equal.put(firm(3), 1L);
        Map<UUID, BigDecimal> shares = CostSplit.split(new BigDecimal("1000.00"), equal);
        assertThat(shares.values()).containsExactlyInAnyOrder(new BigDecimal("333.34"), new BigDecimal("333.33"),
                new BigDecimal("333.33"));
        assertThat(shares.get(firm(1))).isEqualByComparingTo("333.34");
    }

    @Test
    void shares_by_area_follow_the_weights() {
        Map<UUID, Long> area = Map.of(firm(1), 180L, firm(2), 90L); // 18.0 m² and 9.0 m²
        Map<UUID, BigDecimal> shares = CostSplit.split(new BigDecimal("2700.00"), area);
        assertThat(shares.get(firm(1))).isEqualByComparingTo("1800.00");
        assertThat(shares.get(firm(2))).isEqualByComparingTo("900.00");
    }

    @Test
    void shares_always_add_up_to_the_amount_to_the_fen() {
        Random random = new Random(20261127);
        for (int round = 0; round < 2000; round++) {
            int firms = 1 + random.nextInt(40);
            Map<UUID, Long> weights = new LinkedHashMap<>();
            for (int i = 0; i < firms; i++) {
                weights.put(firm(i), 1L + random.nextInt(500));
            }
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextLong(100_000_000L), 2);
            Map<UUID, BigDecimal> shares = CostSplit.split(amount, weights);
            assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("round %d", round).isEqualByComparingTo(amount);
            assertThat(shares.values()).allMatch(s -> s.scale() == 2 && s.signum() >= 0);
        }
    }
}
