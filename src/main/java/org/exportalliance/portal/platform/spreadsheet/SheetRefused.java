package org.exportalliance.portal.platform.spreadsheet;

import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * An uploaded sheet that cannot be imported at all: too large, not a CSV or .xlsx file (judged by its content, not
 * its name), empty, without a header row or data rows, with too many rows, or damaged. Each import names its messages
 * ({@code <prefix>.<reason>}, e.g. {@code lead.import.file.no-header}), whose arguments are its size limit in MB and
 * its row limit.
 */
public abstract class SheetRefused extends Refusal {

    public enum Reason {
        TOO_LARGE(413),
        WRONG_TYPE(415),
        EMPTY(400),
        NO_HEADER(400),
        NO_ROWS(400),
        TOO_MANY_ROWS(413),
        UNREADABLE(400);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        String messageKey(String prefix) {
            return prefix + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    protected SheetRefused(String prefix, Reason reason, int maxBytes, int maxRows) {
        super(reason.status, reason.messageKey(prefix), maxBytes / (1024 * 1024), maxRows);
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
