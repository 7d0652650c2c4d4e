package org.exportalliance.portal.delegation.pavilion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A row of booths added at once: "row A, numbers 1–10, 9 m² each" is prefix A, from 1, to 10, area 9, on grid row
 * {@code row}, the first at {@code firstColumn} (0 when not given) and the others beside it. Numbers are written with
 * at least two digits: A01 … A10.
 */
public record BoothSeries(@Nullable String prefix, @Nullable Integer from, @Nullable Integer to,
        @Nullable BigDecimal areaM2, @Nullable Integer row, @Nullable Integer firstColumn) {

    /** The booths of a valid series (see {@link PavilionRules#check(BoothSeries)}), left to right. */
    public List<BoothDraft> drafts() {
        if (from == null || to == null) {
            return List.of();
        }
        String p = prefix == null ? "" : prefix.strip().toUpperCase(Locale.ROOT);
        int start = firstColumn == null ? 0 : firstColumn;
        List<BoothDraft> drafts = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            drafts.add(new BoothDraft(p + String.format(Locale.ROOT, "%02d", n), areaM2, row, start + n - from, ""));
        }
        return drafts;
    }
}
