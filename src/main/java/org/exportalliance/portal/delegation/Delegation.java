package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The alliance's group going to one fair, with its capacity and what approved applications hold of it. */
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
        long version) {

    public Capacity remaining() {
        return capacity.minus(used);
    }

    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? titleZh : titleEn;
    }

    public boolean acceptsApplicationsAt(Instant now) {
        return status == DelegationStatus.OPEN && !now.isBefore(applicationsOpen) && now.isBefore(applicationsClose);
    }
}
