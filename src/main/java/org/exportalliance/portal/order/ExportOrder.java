package org.exportalliance.portal.order;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An export order as stored: its lines, total in its own currency, stage, and the FX snapshot once confirmed.
 * {@code quotedOn} is the day of its QUOTED stage (none for an order bulk-loaded without its stages).
 */
public record ExportOrder(UUID id, UUID firmId, @Nullable UUID buyerId, String buyerName, String destinationCountry,
        String currency, Incoterm incoterm, String namedPlace, Attribution attribution, @Nullable UUID claimId,
        @Nullable UUID delegationId, @Nullable LocalDate expectedShipOn, @Nullable LocalDate expectedPaidOn,
        @Nullable LocalDate quotedOn, OrderStage stage, LocalDate stageOn, Money total, @Nullable FxSnapshot fx,
        List<OrderLine> lines, long version, OffsetDateTime createdAt) {

    public ExportOrder {
        lines = List.copyOf(lines);
    }

    ExportOrder withLines(List<OrderLine> orderLines) {
        return new ExportOrder(id, firmId, buyerId, buyerName, destinationCountry, currency, incoterm, namedPlace,
                attribution, claimId, delegationId, expectedShipOn, expectedPaidOn, quotedOn, stage, stageOn, total,
                fx, orderLines, version, createdAt);
    }

    /** The order as a stage move left it: its new stage, day, snapshot (kept or taken) and version. */
    ExportOrder movedTo(OrderStage to, LocalDate on, @Nullable FxSnapshot snapshot, long newVersion) {
        return new ExportOrder(id, firmId, buyerId, buyerName, destinationCountry, currency, incoterm, namedPlace,
                attribution, claimId, delegationId, expectedShipOn, expectedPaidOn, quotedOn, to, on, total, snapshot,
                lines, newVersion, createdAt);
    }

    /** The total in CNY at the confirmation's rate; none before confirmation. */
    public @Nullable Money totalCny() {
        return fx == null ? null : total.convert(fx.cny(), "CNY");
    }

    /** The total in USD at the confirmation's rate; none before confirmation. */
    public @Nullable Money totalUsd() {
        return fx == null ? null : total.convert(fx.usd(), "USD");
    }
}
