package org.exportalliance.portal.insight;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A published cell. {@code figure} is null when the cell is withheld from the viewer; staff see every figure, with
 * {@code withheld} telling them which members do not. {@code growth} is the year-on-year change (0.125 for +12.5 %),
 * given only when the viewer sees both years' cells and last year's was not zero.
 */
public record Cell(@Nullable Figure figure, boolean withheld, @Nullable BigDecimal growth) {

    public boolean shown() {
        return figure != null;
    }
}
