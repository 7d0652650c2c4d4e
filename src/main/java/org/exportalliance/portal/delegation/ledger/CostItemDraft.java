package org.exportalliance.portal.delegation.ledger;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A cost or subsidy staff enter for a delegation. */
public record CostItemDraft(@Nullable CostKind kind, @Nullable String description, @Nullable BigDecimal amountCny,
        @Nullable SplitRule rule) {}
