package org.exportalliance.portal.fair;

/** A catalogued fair is scheduled until staff cancel it. */
public enum FairStatus {
    SCHEDULED,
    CANCELLED
}
