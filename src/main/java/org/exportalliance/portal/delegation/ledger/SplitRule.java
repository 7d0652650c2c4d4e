package org.exportalliance.portal.delegation.ledger;

/** How a cost is shared among participating firms: by booth area, by travellers, or equally. */
public enum SplitRule {
    BY_AREA,
    PER_TRAVELLER,
    EQUAL
}
