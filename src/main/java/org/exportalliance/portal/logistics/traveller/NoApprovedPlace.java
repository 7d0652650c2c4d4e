package org.exportalliance.portal.logistics.traveller;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Travellers belong to an approved (or accepted) application; the firm has none on this delegation. */
public class NoApprovedPlace extends Refusal {
    public NoApprovedPlace() {
        super(409, "traveller.no-approved-place");
    }
}
