package org.exportalliance.portal.logistics.shipping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One exhibit of an application on its way to the booth: the machine, the stage reached ({@code null} before it is
 * booked) and the milestones recorded so far, in order.
 */
public record Shipment(
        UUID exhibitId,
        UUID applicationId,
        UUID delegationId,
        UUID firmId,
        int position,
        String machine,
        BigDecimal weightKg,
        BigDecimal volumeM3,
        @Nullable ShippingMilestone stage,
        List<MilestoneRecord> milestones,
        long version) {

    public Shipment {
        milestones = List.copyOf(milestones);
    }

    /** The milestone to record next; empty once the exhibit is at the booth. */
    public Optional<ShippingMilestone> next() {
        return stage == null ? Optional.of(ShippingMilestone.BOOKED) : ShippingMilestone.after(stage);
    }

    public Optional<MilestoneRecord> milestone(ShippingMilestone m) {
        return milestones.stream().filter(r -> r.milestone() == m).findFirst();
    }
}
