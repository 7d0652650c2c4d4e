package org.exportalliance.portal.audit;

import java.util.UUID;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A change made by a feature: its entry in the audit trail and its live event for the open pages, both inside the
 * caller's transaction, so they commit (or vanish) with the change itself. Features record through this one seam
 * rather than pairing the trail and the bus by hand.
 */
@Component
public class Changes {

    private final AuditRepository trail;
    private final LiveEvents live;

    Changes(AuditRepository trail, LiveEvents live) {
        this.trail = trail;
        this.live = live;
    }

    /**
     * Records {@code action} (by {@code actorId}, or the portal itself when null) on the subject {@code topic}/{@code
     * id}, and announces the same topic and id.
     */
    public Mono<Void> record(@Nullable UUID actorId, String action, String topic, Object id, @Nullable String detail) {
        return trail.insertAnnouncing(actorId, action, topic, id.toString(), detail, topic, id);
    }

    /**
     * Records {@code action} on a subject of its own kind ({@code subjectType}/{@code subjectId}) and announces
     * {@code shownOn}, the event the pages that show the subject follow (a traveller is shown on its delegation's
     * page, so the trail names the traveller and the event the delegation).
     */
    public Mono<Void> record(@Nullable UUID actorId, String action, String subjectType, Object subjectId,
            @Nullable String detail, LiveEvent shownOn) {
        // One statement: the trail's entry and the announcement cost one round trip.
        return trail.insertAnnouncing(actorId, action, subjectType, subjectId.toString(), detail, shownOn.topic(),
                shownOn.id() == null ? "" : shownOn.id());
    }

    /** Announces a change that leaves no entry in the trail of its own (it is recorded elsewhere, or not at all). */
    public Mono<Void> announce(String topic, Object id) {
        return live.publish(topic, id);
    }
}
