package org.exportalliance.portal.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A delegation's return: its net cost from the shared-cost ledger (costs less subsidies, in CNY) against the orders
 * it won within 30, 90 and 180 days after its fair ended.
 */
public record FairReturn(UUID delegationId, String titleZh, String titleEn, LocalDate fairEnded, BigDecimal netCostCny,
        List<Window> windows) {

    /** The windows after the fair, in days. */
    public static final List<Integer> WINDOW_DAYS = List.of(30, 90, 180);

    public FairReturn {
        windows = List.copyOf(windows);
    }

    /**
     * Orders won up to {@code days} after the fair; {@code complete} once those days have passed. {@code returnOnCost}
     * is the won CNY per CNY of net cost, when both are known.
     */
    public record Window(int days, boolean complete, Cell won, @Nullable BigDecimal returnOnCost) {
    }
}
