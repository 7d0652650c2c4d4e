package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Decides a batch of submitted applications under BEST_FIT or SCORED, as a pure function of the remaining capacity
 * and the candidates (so the rules are tested without a database).
 *
 * <p><b>BEST_FIT</b>: candidates are taken largest first, by their dominant share of the delegation (the larger of
 * area wanted ÷ total area and travellers ÷ total seats), ties by arrival; each is placed if it fits in every unit,
 * else waitlisted. Large multi-unit requests are considered before small ones can fragment the space, so they are not
 * starved; small requests then fill what is left.
 *
 * <p><b>SCORED</b>: score = 10 × export potential (0–10, set by staff) + tier points (CORE 30, STANDARD 15,
 * ASSOCIATE 0) + 5 × past participations (approved in delegations that are DONE, at most 4). Candidates are taken by
 * score, ties by arrival; each is placed if it fits and its tier's quota of firm slots (if any) is not used up, else
 * waitlisted with the reason.
 */
public final class AllocationPlan {

    /** An application waiting for the allocation run, with what the rules need to know about its firm. */
    public record Candidate(UUID applicationId, UUID firmId, String tier, Capacity request, Instant submittedAt,
            int exportScore, int pastParticipations) {

        int score() {
            int tierPoints = switch (tier) {
                case "CORE" -> 30;
                case "STANDARD" -> 15;
                default -> 0;
            };
            return exportScore * 10 + tierPoints + Math.min(pastParticipations, 4) * 5;
        }

        BigDecimal dominantShare(Capacity total) {
            BigDecimal area = request.areaM2().divide(total.areaM2(), MathContext.DECIMAL64);
            BigDecimal seats = BigDecimal.valueOf(request.seats())
                    .divide(BigDecimal.valueOf(total.seats()), MathContext.DECIMAL64);
            return area.max(seats);
        }
    }

    /** The reason of an application its tier's quota kept out. */
    static final String QUOTA_REACHED = "delegation.reason.quota-reached";

    /** The outcome for one application, with its reason as a message key and arguments. */
    public record Outcome(UUID applicationId, Decision decision, String reasonKey, List<Object> reasonArgs) {}

    private AllocationPlan() {}

    public static List<Outcome> decide(AllocationPolicy policy, Capacity total, Capacity remaining,
            Map<String, Integer> quotas, Map<String, Integer> slotsHeldByTier, List<Candidate> candidates) {
        Comparator<Candidate> arrival = Comparator.comparing(Candidate::submittedAt)
                .thenComparing(Candidate::applicationId);
        Comparator<Candidate> order = policy == AllocationPolicy.SCORED
                ? Comparator.comparingInt(Candidate::score).reversed().thenComparing(arrival)
                : Comparator.comparing((Candidate c) -> c.dominantShare(total)).reversed().thenComparing(arrival);
        List<Outcome> outcomes = new ArrayList<>();
        Capacity left = remaining;
        Map<String, Integer> held = new HashMap<>(slotsHeldByTier);
        for (Candidate c : candidates.stream().sorted(order).toList()) {
            @Nullable Integer quota = policy == AllocationPolicy.SCORED ? quotas.get(c.tier()) : null;
            int tierHeld = held.getOrDefault(c.tier(), 0);
            if (quota != null && tierHeld >= quota) {
                outcomes.add(new Outcome(c.applicationId(), Decision.WAITLIST, QUOTA_REACHED,
                        List.of(c.score(), c.tier(), quota)));
            } else if (!left.fits(c.request())) {
                outcomes.add(new Outcome(c.applicationId(), Decision.WAITLIST,
                        policy == AllocationPolicy.SCORED ? "delegation.reason.scored-full"
                                : "delegation.reason.best-fit-full",
                        policy == AllocationPolicy.SCORED ? List.of(c.score()) : List.of()));
            } else {
                left = left.minus(c.request());
                held.put(c.tier(), tierHeld + 1);
                outcomes.add(new Outcome(c.applicationId(), Decision.APPROVE,
                        policy == AllocationPolicy.SCORED ? "delegation.reason.scored-placed"
                                : "delegation.reason.best-fit-placed",
                        policy == AllocationPolicy.SCORED ? List.of(c.score()) : List.of()));
            }
        }
        return outcomes;
    }
}
