package org.exportalliance.portal.logistics.traveller;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Firms name, change and remove their own travellers; staff keep the visa status. */
public class FirmsNameTravellers extends Refusal {
    public FirmsNameTravellers() {
        super(403, "traveller.firms-only");
    }
}
