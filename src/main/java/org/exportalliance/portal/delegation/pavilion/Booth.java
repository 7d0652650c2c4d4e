package org.exportalliance.portal.delegation.pavilion;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A booth of the pavilion: its number, area and place on the hall grid (0-based row and column), and whether it is
 * taken. {@code assignee} names the firm only to those who may know it: staff always, a firm only on its own booths.
 */
public record Booth(UUID id, UUID delegationId, String label, BigDecimal areaM2, int row, int column, String note,
        boolean taken, @Nullable Assignee assignee, long version) {

    /** The participating application (and its firm) a booth is assigned to. */
    public record Assignee(UUID applicationId, UUID firmId, String firmNameZh, String firmNameEn) {

        public String firmName(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? firmNameZh : firmNameEn;
        }
    }

    /** Whether the booth is assigned to {@code firmId}'s application (as far as the reader may know). */
    public boolean isOf(UUID firmId) {
        return assignee != null && assignee.firmId().equals(firmId);
    }

    /** The booth's fields as a draft, to change some of them. */
    public BoothDraft draft() {
        return new BoothDraft(label, areaM2, row, column, note);
    }
}
