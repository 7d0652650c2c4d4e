package org.exportalliance.portal.delegation.travel;

/** Where a traveller's visa stands; staff keep it up to date. */
public enum VisaStatus {
    NOT_STARTED,
    DOCUMENTS_READY,
    APPLIED,
    GRANTED,
    REFUSED
}
