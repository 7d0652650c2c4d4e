package org.exportalliance.portal.platform.db.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The lag bound from the primary's sampled WAL positions: a replica that replayed the newest sample is current
 * however long the primary has been idle, one that replayed only an older sample is at most that old, and one behind
 * every sample kept is known only to be further behind than the oldest.
 */
class WalHistoryTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void a_replica_at_the_newest_position_is_current_even_when_the_primary_was_idle_for_long() {
        WalHistory history = new WalHistory(Duration.ofSeconds(7));
        for (int s = 0; s <= 60; s++) {
            history.add(T0.plusSeconds(s), 1_000);
        }
        assertThat(history.lag(1_000, T0.plusSeconds(60))).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_replica_behind_the_newest_position_is_at_most_as_old_as_the_newest_sample_it_has_replayed() {
        WalHistory history = new WalHistory(Duration.ofSeconds(7));
        for (int s = 0; s <= 10; s++) {
            history.add(T0.plusSeconds(s), 1_000L * s);
        }
        Instant now = T0.plusSeconds(10);
        assertThat(history.lag(7_500, now)).isEqualTo(Duration.ofSeconds(3));
        assertThat(history.lag(10_000, now)).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_replica_behind_every_sample_kept_is_only_known_to_be_further_behind_than_the_oldest() {
        WalHistory history = new WalHistory(Duration.ofSeconds(7));
        for (int s = 0; s <= 30; s++) {
            history.add(T0.plusSeconds(s), 1_000L * (s + 1));
        }
        Instant now = T0.plusSeconds(30);
        assertThat(history.lag(500, now)).isNull();
        assertThat(history.since(now)).as("the window, and one sample beyond it")
                .isBetween(Duration.ofSeconds(7), Duration.ofSeconds(8));
        assertThat(history.lag(23_000, now)).as("just past the window").isEqualTo(Duration.ofSeconds(8));
    }
}
