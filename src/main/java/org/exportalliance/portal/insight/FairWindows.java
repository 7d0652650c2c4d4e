package org.exportalliance.portal.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.insight.InsightRepository.FairRow;
import org.jspecify.annotations.Nullable;

/**
 * A delegation's won windows as a viewer sees them. The windows are cumulative, so two shown windows also show
 * their difference, the orders won between them: a window is withheld when it was built from one or two firms, or
 * when the step from the last shown window was.
 */
final class FairWindows {

    private FairWindows() {
    }

    static FairReturn publish(FairRow row, LocalDate today, boolean staff) {
        List<FairReturn.Window> windows = new ArrayList<>();
        int lastShown = -1;
        for (int i = 0; i < FairReturn.WINDOW_DAYS.size(); i++) {
            int days = FairReturn.WINDOW_DAYS.get(i);
            Tally tally = row.windows()[i];
            boolean withheld = tally.sensitive() || sensitiveStep(stepFirms(row, lastShown, i));
            if (!withheld) {
                lastShown = i;
            }
            Figure figure = staff || !withheld ? tally.figure() : null;
            boolean complete = today.isAfter(row.fairEnded().plusDays(days));
            windows.add(new FairReturn.Window(days, complete, new Cell(figure, withheld, null),
                    returnOnCost(figure, row.netCost())));
        }
        return new FairReturn(row.delegationId(), row.titleZh(), row.titleEn(), row.fairEnded(), row.netCost(),
                windows);
    }

    /** The firms the orders won after window {@code from} (none: from the fair) up to window {@code to} came from. */
    private static int stepFirms(FairRow row, int from, int to) {
        if (from < 0) {
            return 0;
        }
        int[] steps = row.stepFirms(); // 30→90, 90→180, 30→180
        return from == 0 ? (to == 1 ? steps[0] : steps[2]) : steps[1];
    }

    private static boolean sensitiveStep(int firms) {
        return firms > 0 && firms < Tally.MIN_FIRMS;
    }

    private static @Nullable BigDecimal returnOnCost(@Nullable Figure won, BigDecimal netCost) {
        return won == null || netCost.signum() <= 0 ? null : AllianceTables.ratio(won.cny(), netCost);
    }
}
