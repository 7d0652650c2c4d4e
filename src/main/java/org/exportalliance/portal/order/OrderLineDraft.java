package org.exportalliance.portal.order;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A line as a user or an ERP system writes it: machine category, model, quantity and unit price. */
public record OrderLineDraft(@Nullable String category, @Nullable String model, @Nullable Integer quantity,
        @Nullable BigDecimal unitPrice) {}
