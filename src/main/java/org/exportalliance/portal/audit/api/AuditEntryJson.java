package org.exportalliance.portal.audit.api;

import java.time.Instant;
import java.util.UUID;
import org.exportalliance.portal.audit.AuditActor;
import org.exportalliance.portal.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

/** One audit entry as the API shows it; {@code actor} is null when the portal itself acted. */
record AuditEntryJson(long id, Instant at, @Nullable ActorJson actor, String action, String subjectType,
        String subjectId, @Nullable String detail) {

    record ActorJson(UUID id, String username, String displayName, FirmJson firm) {}

    record FirmJson(UUID id, String nameZh, String nameEn) {}

    static AuditEntryJson of(AuditEntry e) {
        AuditActor a = e.actor();
        return new AuditEntryJson(e.id(), e.at(), a == null ? null
                : new ActorJson(a.userId(), a.username(), a.displayName(),
                        new FirmJson(a.firmId(), a.firmNameZh(), a.firmNameEn())),
                e.action(), e.subjectType(), e.subjectId(), e.detail());
    }
}
