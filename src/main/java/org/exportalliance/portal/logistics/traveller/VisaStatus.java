package org.exportalliance.portal.logistics.traveller;

/** Where a traveller's visa stands; staff keep it up to date. */
public enum VisaStatus {
    NOT_STARTED,
    DOCUMENTS_READY,
    APPLIED,
    GRANTED,
    REFUSED
}
