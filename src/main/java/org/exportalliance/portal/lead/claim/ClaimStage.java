package org.exportalliance.portal.lead.claim;

import java.util.EnumSet;
import java.util.Set;

/**
 * A claim's sales pipeline: NEW → CONTACTED → QUOTED → WON / LOST. Steps only go forward (skipping is allowed: a
 * quote may follow a first call at once); WON and LOST are final, and LOST ends the claim's hold on the buyer.
 * Labels: {@code claim.stage.<NAME>}.
 */
public enum ClaimStage {
    NEW,
    CONTACTED,
    QUOTED,
    WON,
    LOST;

    public boolean isFinal() {
        return this == WON || this == LOST;
    }

    /** The stages a claim may move to from here. */
    public Set<ClaimStage> next() {
        if (isFinal()) {
            return EnumSet.noneOf(ClaimStage.class);
        }
        EnumSet<ClaimStage> next = EnumSet.range(this, LOST);
        next.remove(this);
        return next;
    }

    /** The stages from which a claim may move to this one. */
    Set<ClaimStage> previous() {
        EnumSet<ClaimStage> from = EnumSet.noneOf(ClaimStage.class);
        for (ClaimStage s : values()) {
            if (s.next().contains(this)) {
                from.add(s);
            }
        }
        return from;
    }

    public String messageKey() {
        return "claim.stage." + name();
    }
}
