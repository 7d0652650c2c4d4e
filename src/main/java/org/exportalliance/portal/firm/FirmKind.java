package org.exportalliance.portal.firm;

/**
 * The association that runs the alliance, a chain-leader firm, an ordinary member firm, or a service provider (a
 * forwarder, a testing lab, a bank) that the alliance admits for its members.
 */
public enum FirmKind {
    ASSOCIATION,
    CHAIN_LEADER,
    MEMBER,
    SERVICE_PROVIDER
}
