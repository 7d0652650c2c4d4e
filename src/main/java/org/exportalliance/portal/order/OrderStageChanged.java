package org.exportalliance.portal.order;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The {@code data} of the {@code order.stage_changed} webhook: which order, from which stage to which, on which day,
 * its total and its new version. No contact details: the buyer appears by its company name only.
 */
public record OrderStageChanged(UUID orderId, UUID firmId, String buyerName, String destinationCountry,
        OrderStage from, OrderStage to, LocalDate onDate, String totalAmount, String currency, long version) {

    static OrderStageChanged of(ExportOrder before, ExportOrder after) {
        return new OrderStageChanged(after.id(), after.firmId(), after.buyerName(), after.destinationCountry(),
                before.stage(), after.stage(), after.stageOn(), after.total().amount().toPlainString(),
                after.total().currency(), after.version());
    }
}
