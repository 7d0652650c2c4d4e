package org.exportalliance.portal.lead;

import java.util.List;

/**
 * A saved lead and what conflict detection found: other members' holds on the same buyer for its categories, as
 * blind signals. The lead is saved either way; the signals warn its owner that claiming will be refused.
 */
public record LeadCreated(Lead lead, List<Hold> signals) {

    public LeadCreated {
        signals = List.copyOf(signals);
    }
}
