package org.exportalliance.portal.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a known buyer matches an identity: the trigram similarity of the normalised names (0–1), and whether the
 * country, a company domain or a phone number is the same. The thresholds are documented in docs/leads.md and tested
 * with real near-duplicates in {@code BuyerMatchingTest}.
 */
public record BuyerMatch(UUID buyerId, double nameScore, boolean sameCountry, boolean sameDomain,
        boolean samePhone) {

    /** Names this similar, in the same country, are the same company written differently. */
    public static final double SAME_NAME = 0.8;
    /** Names this similar, in the same country, may be the same company: enough to warn of a conflict. */
    public static final double SIMILAR_NAME = 0.6;

    /** Strong enough that a new lead joins this buyer instead of founding another. */
    public boolean sameBuyer() {
        return sameDomain || samePhone || (sameCountry && nameScore >= SAME_NAME);
    }

    /** Strong enough that another firm's hold on this buyer conflicts. */
    public boolean conflicts() {
        return sameBuyer() || (sameCountry && nameScore >= SIMILAR_NAME);
    }

    /** Why it matched, as codes for staff: NAME, DOMAIN, PHONE. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (sameCountry && nameScore >= SIMILAR_NAME) {
            reasons.add("NAME");
        }
        if (sameDomain) {
            reasons.add("DOMAIN");
        }
        if (samePhone) {
            reasons.add("PHONE");
        }
        return reasons;
    }

    /** The order {@link BuyerMatching#resolve} picks a new lead's buyer in: strongest first, then the closer name. */
    public static java.util.Comparator<BuyerMatch> strongestFirst() {
        return java.util.Comparator.comparingInt(BuyerMatch::strength).thenComparingDouble(BuyerMatch::nameScore)
                .reversed();
    }

    /** Strongest first: a shared domain or phone, then the closer name. */
    int strength() {
        return (sameDomain ? 4 : 0) + (samePhone ? 2 : 0) + (sameBuyer() ? 1 : 0);
    }
}
