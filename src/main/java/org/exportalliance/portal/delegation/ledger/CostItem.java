package org.exportalliance.portal.delegation.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of the delegation's ledger, in CNY. */
public record CostItem(UUID id, UUID delegationId, CostKind kind, String description, BigDecimal amountCny,
        SplitRule rule, Instant createdAt) {}
