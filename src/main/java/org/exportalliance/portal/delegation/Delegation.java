package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The alliance's group going to one fair, with its capacity and what approved applications hold of it; a cancelled
 * one keeps the reason staff gave.
 */
public record Delegation(
        UUID id,
        UUID fairId,
        String titleZh,
        String titleEn,
        String organiser,
        Instant applicationsOpen,
        Instant applicationsClose,
        Capacity capacity,
        Capacity used,
        AllocationPolicy policy,
        BigDecimal feePerFirmCny,
        BigDecimal feePerM2Cny,
        DelegationStatus status,
        @Nullable String cancelReason,
        long version) {

    public Capacity remaining() {
        return capacity.minus(used);
    }

    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }

    /** Over for good (DONE or CANCELLED): its applications no longer change. */
    public boolean ended() {
        return status == DelegationStatus.DONE || status == DelegationStatus.CANCELLED;
    }

    public boolean acceptsApplicationsAt(Instant now) {
        return status == DelegationStatus.OPEN && !now.isBefore(applicationsOpen) && now.isBefore(applicationsClose);
    }
}
