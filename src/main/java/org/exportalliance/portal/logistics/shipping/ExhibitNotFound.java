package org.exportalliance.portal.logistics.shipping;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No exhibit with that id that the caller may see (another firm's exhibit is not found either). */
public class ExhibitNotFound extends Refusal {
    public ExhibitNotFound() {
        super(404, "shipping.exhibit-not-found");
    }
}
