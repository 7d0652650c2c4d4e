package org.exportalliance.portal.logistics.itinerary;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Only a firm whose application to the delegation is approved (or accepted) adds items to its itinerary. */
public class NotTakingPart extends Refusal {
    public NotTakingPart() {
        super(403, "itinerary.not-taking-part");
    }
}
