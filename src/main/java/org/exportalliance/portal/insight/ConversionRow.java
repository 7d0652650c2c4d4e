package org.exportalliance.portal.insight;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Claims on leads of one source (the total row has none) by where they stand in the pipeline: still open (new,
 * contacted or quoted), won or lost. {@code conversion} is won ÷ claims, given when the viewer sees both.
 */
public record ConversionRow(@Nullable String source, Cell open, Cell won, Cell lost, Cell claims,
        @Nullable BigDecimal conversion) {
}
