package org.exportalliance.portal.order.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.order.Attribution;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.Incoterm;
import org.exportalliance.portal.order.Money;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.order.StageChange;
import org.jspecify.annotations.Nullable;

/**
 * An order as its firm (or staff) sees it. Amounts are decimal strings with their currency, so no client turns them
 * into binary floating point; totals in CNY and USD appear once the order is confirmed (at its confirmation's rates).
 */
record OrderJson(UUID id, UUID firmId, @Nullable UUID buyerId, String buyerName, String destinationCountry,
        String currency, Incoterm incoterm, String namedPlace, Attribution attribution, @Nullable UUID claimId,
        @Nullable UUID delegationId, @Nullable LocalDate expectedShipOn, @Nullable LocalDate expectedPaidOn,
        @Nullable LocalDate quotedOn, OrderStage stage, LocalDate stageOn, List<OrderStage> nextStages,
        List<Line> lines, Amount total, @Nullable Amount totalCny, @Nullable Amount totalUsd, @Nullable Fx fx,
        long version, OffsetDateTime createdAt) {

    record Line(int position, String category, String model, int quantity, String unitPrice, Amount amount) {}

    record Amount(String amount, String currency) {

        static @Nullable Amount of(@Nullable Money money) {
            if (money == null) {
                return null;
            }
            Money exact = money.atCurrencyScale();
            return new Amount(exact.amount().toPlainString(), exact.currency());
        }
    }

    record Fx(LocalDate date, String cnyPerUnit, String usdPerUnit) {}

    record Stage(OrderStage stage, LocalDate onDate, @Nullable UUID recordedBy, OffsetDateTime recordedAt) {

        static Stage of(StageChange s) {
            return new Stage(s.stage(), s.onDate(), s.recordedBy(), s.recordedAt());
        }
    }

    static OrderJson of(ExportOrder o) {
        return new OrderJson(o.id(), o.firmId(), o.buyerId(), o.buyerName(), o.destinationCountry(), o.currency(),
                o.incoterm(), o.namedPlace(), o.attribution(), o.claimId(), o.delegationId(), o.expectedShipOn(),
                o.expectedPaidOn(), o.quotedOn(), o.stage(), o.stageOn(), o.stage().next().stream().sorted().toList(),
                o.lines().stream().map(l -> new Line(l.position(), l.category(), l.model(), l.quantity(),
                        plain(l.unitPrice()), Amount.of(l.amount(o.currency())))).toList(),
                Amount.of(o.total()), Amount.of(o.totalCny()), Amount.of(o.totalUsd()),
                o.fx() == null ? null : new Fx(o.fx().date(), plain(o.fx().cny()), plain(o.fx().usd())),
                o.version(), o.createdAt());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
