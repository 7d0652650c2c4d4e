package org.exportalliance.portal.lead.claim;

import org.exportalliance.portal.lead.LeadCreated;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A lead saved together with its registration for the own firm: the lead with its blind signals, and the claim, or
 * why it was refused (neither when another member holds every category of the lead).
 */
public record LeadClaimed(LeadCreated created, @Nullable Claim claim, @Nullable Refusal refused) {
}
