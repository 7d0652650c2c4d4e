package org.exportalliance.portal.logistics.shipping;

import org.exportalliance.portal.platform.refusal.Refusal;

/** Milestones go forward one step at a time: no skipping, no going back, nothing after the booth. */
public class MilestoneOutOfOrder extends Refusal {
    public MilestoneOutOfOrder() {
        super(409, "shipping.out-of-order");
    }
}
