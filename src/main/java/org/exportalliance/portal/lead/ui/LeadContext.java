package org.exportalliance.portal.lead.ui;

import java.time.Clock;
import java.util.Map;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.claim.ClaimService;

/**
 * What the lead list hands its dialogs: the services, the signed-in actor (taken once on the request thread, as
 * pushes and refreshes run without a security context), the portal clock and the taxonomy by code.
 */
record LeadContext(LeadService leads, ClaimService claims, FirmService firms, FairService fairs, Actor actor,
        Clock clock, Map<String, MachineCategory> taxonomy) {

    LeadContext {
        taxonomy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(taxonomy));
    }

    /** Staff and the owner firm edit a lead. */
    boolean mayEdit(org.exportalliance.portal.lead.Lead lead) {
        return actor.isStaff() || lead.ownedBy(actor.firmId());
    }
}
