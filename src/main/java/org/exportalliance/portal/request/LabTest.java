package org.exportalliance.portal.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lab-test request's samples, the lab's quote (price and the day the report will be ready) and the report. */
public record LabTest(UUID requestId, int samples, String material, String standard, @Nullable BigDecimal quoteCny,
        @Nullable LocalDate quoteDueOn, @Nullable OffsetDateTime quotedAt, @Nullable OffsetDateTime quoteAcceptedAt,
        @Nullable UUID reportId) {

    public boolean quoted() {
        return quoteCny != null;
    }

    public boolean accepted() {
        return quoteAcceptedAt != null;
    }
}
