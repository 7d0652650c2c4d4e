package org.exportalliance.portal.order.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.order.OrderDraft;
import org.exportalliance.portal.order.OrderLineDraft;
import org.jspecify.annotations.Nullable;

/**
 * An order as a client (an ERP system) sends it. Codes arrive as text, so an unknown currency, Incoterm or
 * attribution is a field problem rather than an unreadable body. {@code version} may stand in for If-Match.
 */
record OrderRequest(@Nullable String buyerName, @Nullable String destinationCountry, @Nullable String currency,
        @Nullable String incoterm, @Nullable String namedPlace, @Nullable String attribution, @Nullable UUID claimId,
        @Nullable UUID delegationId, @Nullable LocalDate expectedShipOn, @Nullable LocalDate expectedPaidOn,
        @Nullable List<Line> lines, @Nullable Long version, @Nullable LocalDate quotedOn) {

    record Line(@Nullable String category, @Nullable String model, @Nullable Integer quantity,
            @Nullable BigDecimal unitPrice) {}

    OrderDraft toDraft() {
        return new OrderDraft(buyerName, destinationCountry, currency, incoterm, namedPlace, attribution, claimId,
                delegationId, expectedShipOn, expectedPaidOn, lines == null ? List.of() : lines.stream()
                        .map(l -> new OrderLineDraft(l.category(), l.model(), l.quantity(), l.unitPrice())).toList(),
                quotedOn);
    }
}
