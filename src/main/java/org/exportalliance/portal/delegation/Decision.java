package org.exportalliance.portal.delegation;

/** What staff decide on an application. */
public enum Decision {
    APPROVE,
    WAITLIST,
    REJECT
}
