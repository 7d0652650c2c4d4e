package org.exportalliance.portal.lead.importing;

import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * The file cannot be imported at all: too large, not a CSV or .xlsx file (judged by its content, not its name),
 * empty, without a header row or data rows, with too many rows, or damaged. One refusal with a reason, each with its
 * own message ({@code lead.import.file.<reason>}) and status.
 */
public class ImportFileRefused extends Refusal {

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

        String messageKey() {
            return "lead.import.file." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public ImportFileRefused(Reason reason) {
        super(reason.status, reason.messageKey(), LeadFileReader.MAX_BYTES / (1024 * 1024), LeadFileReader.MAX_ROWS);
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
