package org.exportalliance.portal.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.Checks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only audit trail: who did what to which subject. Callers record inside their own transaction, so an
 * action and its audit entry commit together. Staff browse and filter it, newest first.
 */
@Service
public class AuditService {

    private final AuditRepository trail;
    private final ZoneId zone;

    AuditService(AuditRepository trail, Clock clock) {
        this.trail = trail;
        this.zone = clock.getZone();
    }

    public Mono<Void> record(@Nullable UUID actorId, String action, String subjectType, Object subjectId,
            @Nullable String detail) {
        return trail.insert(actorId, action, subjectType, subjectId.toString(), detail);
    }

    public Mono<Long> countFor(String subjectType, Object subjectId) {
        return trail.countFor(subjectType, subjectId.toString());
    }

    /**
     * A page of the entries {@code filter} matches, newest first, starting after {@code cursor} (from the newest
     * when null), at most {@code limit} (1 to {@link AuditPage#MAX_LIMIT}). Staff only.
     */
    public Mono<AuditPage> search(Actor actor, AuditFilter filter, @Nullable AuditCursor cursor, int limit) {
        if (limit < 1 || limit > AuditPage.MAX_LIMIT) {
            return Mono.error(new IllegalArgumentException("limit out of range: " + limit));
        }
        // One entry more than asked tells whether another page follows.
        return checked(actor, filter)
                .thenMany(Flux.defer(() -> trail.search(filter, zone, cursor, 0, limit + 1)))
                .collectList()
                .map(rows -> rows.size() > limit
                        ? new AuditPage(rows.subList(0, limit), rows.get(limit - 1).cursor())
                        : new AuditPage(rows, null));
    }

    /** Entries by position, newest first, for the lazy grid (which asks by offset). Staff only. */
    public Flux<AuditEntry> slice(Actor actor, AuditFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > AuditPage.MAX_LIMIT) {
            return Flux.error(new IllegalArgumentException("slice out of range: " + offset + "+" + limit));
        }
        return checked(actor, filter).thenMany(Flux.defer(() -> trail.search(filter, zone, null, offset, limit)));
    }

    /** Every action code recorded so far, in code order, for a filter's choices. Staff only. */
    public Mono<List<String>> distinctActions(Actor actor) {
        return Checks.staffOnly(actor).then(Mono.defer(() -> trail.distinctActions().collectList()));
    }

    private static Mono<Void> checked(Actor actor, AuditFilter filter) {
        return Checks.staffOnly(actor).then(Checks.valid(filter.problems()));
    }
}
