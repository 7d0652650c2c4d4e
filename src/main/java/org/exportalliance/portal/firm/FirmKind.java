package org.exportalliance.portal.firm;

/** The association that runs the alliance, a chain-leader firm, or an ordinary member firm. */
public enum FirmKind {
    ASSOCIATION,
    CHAIN_LEADER,
    MEMBER
}
