package org.exportalliance.portal.delegation.ledger;

/** What a ledger line is for. A subsidy is split like a cost and subtracted from the firms' shares. */
public enum CostKind {
    BOOTH_RENT,
    PAVILION_BUILD,
    FREIGHT,
    INTERPRETERS,
    OTHER,
    SUBSIDY;

    public boolean isSubsidy() {
        return this == SUBSIDY;
    }
}
