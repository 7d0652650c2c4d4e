package org.exportalliance.portal.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the trail, newest first, and where the next begins; {@code next} is null on the last page. */
public record AuditPage(List<AuditEntry> entries, @Nullable AuditCursor next) {

    /** The most entries a caller may ask for in one page. */
    public static final int MAX_LIMIT = 500;

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
