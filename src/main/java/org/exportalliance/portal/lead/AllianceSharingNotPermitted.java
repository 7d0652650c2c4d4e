package org.exportalliance.portal.lead;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Only chain leaders and staff share with the whole alliance, unless staff allow members to. */
public class AllianceSharingNotPermitted extends Refusal {
    public AllianceSharingNotPermitted() {
        super(403, "lead.alliance-sharing-not-permitted");
    }
}
