package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.delegation.AllocationPlan.Candidate;
import org.exportalliance.portal.delegation.AllocationPlan.Outcome;
import org.junit.jupiter.api.Test;

class AllocationPlanTest {

    static final Capacity TOTAL = new Capacity(3, new BigDecimal("60"), 10);
    static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");

    static Candidate candidate(String name, int minute, int seats, String area, String tier, int score, int past) {
        return new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), UUID.randomUUID(), tier,
                new Capacity(1, new BigDecimal(area), seats), T0.plusSeconds(60L * minute), score, past);
    }

    static Map<UUID, Decision> decisions(List<Outcome> outcomes) {
        return outcomes.stream().collect(java.util.stream.Collectors.toMap(Outcome::applicationId, Outcome::decision));
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    @Test
    void best_fit_places_the_large_request_first_and_fills_the_rest_with_small_ones() {
        // Three small requests arrive before the big one: first come, first served would fill all three slots with
        // them and leave the big one out.
        List<Candidate> candidates = List.of(
                candidate("small-1", 0, 2, "9", "STANDARD", 0, 0),
                candidate("small-2", 1, 2, "9", "STANDARD", 0, 0),
                candidate("small-3", 2, 2, "9", "STANDARD", 0, 0),
                candidate("big", 3, 6, "40", "STANDARD", 0, 0));
        Map<UUID, Decision> d = decisions(AllocationPlan.decide(AllocationPolicy.BEST_FIT, TOTAL, TOTAL, Map.of(),
                Map.of(), candidates));
        assertThat(d.get(id("big"))).isEqualTo(Decision.APPROVE);
        assertThat(d.get(id("small-1"))).isEqualTo(Decision.APPROVE);
        assertThat(d.get(id("small-2"))).isEqualTo(Decision.APPROVE);
        assertThat(d.get(id("small-3"))).as("the last to arrive of the small ones; no slot left")
                .isEqualTo(Decision.WAITLIST);
    }

    @Test
    void scored_orders_by_score_and_respects_tier_quotas() {
        List<Candidate> candidates = List.of(
                candidate("associate-high", 0, 1, "9", "ASSOCIATE", 10, 0),   // 100
                candidate("core-mid", 1, 1, "9", "CORE", 5, 0),               // 80
                candidate("standard-low", 2, 1, "9", "STANDARD", 2, 4),       // 55
                candidate("associate-second", 3, 1, "9", "ASSOCIATE", 9, 0)); // 90, quota 1 for ASSOCIATE
        List<Outcome> outcomes = AllocationPlan.decide(AllocationPolicy.SCORED, TOTAL, TOTAL,
                Map.of("ASSOCIATE", 1), Map.of(), candidates);
        assertThat(outcomes).extracting(Outcome::applicationId).containsExactly(id("associate-high"),
                id("associate-second"), id("core-mid"), id("standard-low"));
        Map<UUID, Decision> d = decisions(outcomes);
        assertThat(d.get(id("associate-high"))).isEqualTo(Decision.APPROVE);
        assertThat(d.get(id("associate-second"))).isEqualTo(Decision.WAITLIST);
        assertThat(outcomes.get(1).reasonKey()).isEqualTo("delegation.reason.quota-reached");
        assertThat(outcomes.get(1).reasonArgs()).containsExactly(90, "ASSOCIATE", 1);
        assertThat(d.get(id("core-mid"))).isEqualTo(Decision.APPROVE);
        assertThat(d.get(id("standard-low"))).isEqualTo(Decision.APPROVE);
    }

    @Test
    void nothing_is_placed_beyond_the_remaining_capacity() {
        Capacity remaining = new Capacity(1, new BigDecimal("10"), 2);
        List<Outcome> outcomes = AllocationPlan.decide(AllocationPolicy.SCORED, TOTAL, remaining, Map.of(),
                Map.of(), List.of(candidate("too-big", 0, 3, "9", "CORE", 10, 0),
                        candidate("fits", 1, 2, "10", "STANDARD", 0, 0)));
        assertThat(decisions(outcomes)).containsEntry(id("too-big"), Decision.WAITLIST)
                .containsEntry(id("fits"), Decision.APPROVE);
    }
}
