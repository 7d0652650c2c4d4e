package org.exportalliance.portal.delegation.pavilion;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A booth as staff enter it: number (e.g. "A01"), area in m², grid row and column (from 0), and a note. */
public record BoothDraft(@Nullable String label, @Nullable BigDecimal areaM2, @Nullable Integer row,
        @Nullable Integer column, @Nullable String note) {

    /** Numbers are kept in upper case without surrounding blanks; a missing note is empty. */
    BoothDraft normalised() {
        return new BoothDraft(label == null ? null : label.strip().toUpperCase(Locale.ROOT), areaM2, row, column,
                note == null ? "" : note.strip());
    }
}
