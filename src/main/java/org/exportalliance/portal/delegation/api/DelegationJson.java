package org.exportalliance.portal.delegation.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Capacity;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.jspecify.annotations.Nullable;

/**
 * A delegation as the API shows it, with capacity, what is used and what remains, per unit; a cancelled one with the
 * reason staff gave.
 */
record DelegationJson(UUID id, UUID fairId, String titleZh, String titleEn, String organiser, Instant applicationsOpen,
        Instant applicationsClose, CapacityJson capacity, CapacityJson used, CapacityJson remaining,
        AllocationPolicy policy, BigDecimal feePerFirmCny, BigDecimal feePerM2Cny, DelegationStatus status,
        @Nullable String cancelReason, long version) {

    record CapacityJson(int firmSlots, BigDecimal areaM2, int seats) {
        static CapacityJson of(Capacity c) {
            return new CapacityJson(c.slots(), c.areaM2(), c.seats());
        }
    }

    static DelegationJson of(Delegation d) {
        return new DelegationJson(d.id(), d.fairId(), d.titleZh(), d.titleEn(), d.organiser(), d.applicationsOpen(),
                d.applicationsClose(), CapacityJson.of(d.capacity()), CapacityJson.of(d.used()),
                CapacityJson.of(d.remaining()), d.policy(), d.feePerFirmCny(), d.feePerM2Cny(), d.status(),
                d.cancelReason(), d.version());
    }
}
