package org.exportalliance.portal.order;

import java.time.LocalDate;
import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;

/** No rate for a currency on a date (nor in the days before it that may stand in): never a silent 0 or 1. */
public class FxRateMissing extends Refusal {

    private final String currency;
    private final LocalDate date;

    public FxRateMissing(String currency, LocalDate date) {
        super(422, "fx.rate-missing", currency, date.toString(), FxRates.STAND_IN_DAYS);
        this.currency = currency;
        this.date = date;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currency", currency, "date", date.toString());
    }
}
