package org.exportalliance.portal.lead;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No such lead, or not one the actor may see (never a 403 that would confirm it exists). */
public class LeadNotFound extends Refusal {
    public LeadNotFound() {
        super(404, "lead.not-found");
    }
}
