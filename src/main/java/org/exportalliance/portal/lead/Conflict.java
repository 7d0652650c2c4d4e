package org.exportalliance.portal.lead;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Another firm's held claim that an identity × categories runs into: which claim (for staff only), the overlapping
 * categories with the claim's end (the blind signal), and why the buyers matched.
 */
public record Conflict(UUID claimId, List<Hold> holds, BuyerMatch match) {

    public Conflict {
        holds = List.copyOf(holds);
    }

    public Set<String> categories() {
        return holds.stream().map(Hold::category).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
