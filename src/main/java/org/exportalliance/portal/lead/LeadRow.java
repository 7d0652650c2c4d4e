package org.exportalliance.portal.lead;

import java.util.List;

/** A lead as a list shows it: the lead and the holds on its buyer, blind where they are another firm's. */
public record LeadRow(Lead lead, List<Hold> holds) {

    public LeadRow {
        holds = List.copyOf(holds);
    }

    /** The blind signals: holds of other firms. */
    public List<Hold> othersHolds() {
        return holds.stream().filter(h -> !h.ours()).toList();
    }
}
