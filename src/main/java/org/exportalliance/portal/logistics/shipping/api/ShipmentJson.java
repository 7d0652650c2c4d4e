package org.exportalliance.portal.logistics.shipping.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.logistics.shipping.MilestoneRecord;
import org.exportalliance.portal.logistics.shipping.Shipment;
import org.exportalliance.portal.logistics.shipping.ShippingMilestone;
import org.jspecify.annotations.Nullable;

/** An exhibit's shipment as the API shows it: the stage reached, the milestone due next, and the history. */
record ShipmentJson(UUID exhibitId, UUID applicationId, UUID delegationId, UUID firmId, String machine,
        BigDecimal weightKg, BigDecimal volumeM3, @Nullable ShippingMilestone stage, @Nullable ShippingMilestone next,
        List<MilestoneRecord> milestones, long version) {

    static ShipmentJson of(Shipment s) {
        return new ShipmentJson(s.exhibitId(), s.applicationId(), s.delegationId(), s.firmId(), s.machine(),
                s.weightKg(), s.volumeM3(), s.stage(), s.next().orElse(null), s.milestones(), s.version());
    }
}
