package org.exportalliance.portal.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail. {@code actor} is null when the portal itself acted (a scheduled job, a database
 * trigger): the UI and the export call that "system".
 */
public record AuditEntry(long id, Instant at, @Nullable AuditActor actor, String action, String subjectType,
        String subjectId, @Nullable String detail) {

    /** Where the next page starts when this is the last entry of a page. */
    public AuditCursor cursor() {
        return new AuditCursor(at, id);
    }
}
