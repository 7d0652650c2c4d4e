package org.exportalliance.portal.order;

import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * An FX rate file that cannot be read at all: too large, not CSV or .xlsx, empty, damaged, without the date,
 * currency and rate columns, without rows, or with too many. Each reason has its message
 * ({@code fx.import.file.<reason>}).
 */
public class FxFileRefused extends Refusal {

    public enum Reason {
        TOO_LARGE(413),
        WRONG_TYPE(415),
        EMPTY(400),
        UNREADABLE(400),
        NO_HEADER(400),
        NO_ROWS(400),
        TOO_MANY_ROWS(413);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        String messageKey() {
            return "fx.import.file." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public FxFileRefused(Reason reason) {
        super(reason.status, reason.messageKey(), FxRateFile.MAX_BYTES / (1024 * 1024), FxRateFile.MAX_ROWS);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("reason", reason.name());
    }
}
