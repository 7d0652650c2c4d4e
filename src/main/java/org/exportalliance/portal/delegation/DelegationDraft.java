package org.exportalliance.portal.delegation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What staff enter to set up a delegation; checked by {@link DelegationRules}. */
public record DelegationDraft(
        @Nullable UUID fairId,
        @Nullable String titleZh,
        @Nullable String titleEn,
        @Nullable String organiser,
        @Nullable Instant applicationsOpen,
        @Nullable Instant applicationsClose,
        @Nullable Integer firmSlots,
        @Nullable BigDecimal areaM2,
        @Nullable Integer seats,
        @Nullable AllocationPolicy policy,
        @Nullable BigDecimal feePerFirmCny,
        @Nullable BigDecimal feePerM2Cny) {}
