package org.exportalliance.portal.delegation.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What one firm owes for a delegation, line by line in CNY: the delegation's fees, then its share of each cost item
 * (subsidies negative). The shares of every item over all firms add up to the item exactly.
 */
public record Statement(UUID delegationId, UUID firmId, BigDecimal areaM2, int travellers, List<Line> lines,
        BigDecimal totalCny) {

    /** One line: what it is, how it was split, and the firm's share. */
    public record Line(String labelKey, String description, @Nullable SplitRule rule, BigDecimal itemCny,
            BigDecimal shareCny) {}

    public Statement {
        lines = List.copyOf(lines);
    }
}
