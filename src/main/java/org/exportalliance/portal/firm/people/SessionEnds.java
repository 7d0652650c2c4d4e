package org.exportalliance.portal.firm.people;

import java.util.UUID;
import org.exportalliance.portal.account.session.SessionEnd;
import org.exportalliance.portal.account.session.UserSessions;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Ends sessions and tells every instance at once (a live event, delivered when the caller's transaction commits), so
 * that open pages move to the sign-in page within a second rather than at the instances' next poll.
 */
@Component
public class SessionEnds {

    private final UserSessions sessions;
    private final LiveEvents live;

    SessionEnds(UserSessions sessions, LiveEvents live) {
        this.sessions = sessions;
        this.live = live;
    }

    public Mono<Long> allOf(UUID userId, @Nullable UUID except, SessionEnd reason) {
        return announced(sessions.endAllOf(userId, except, reason), userId);
    }

    public Mono<Long> allOfFirm(UUID firmId, SessionEnd reason) {
        return announced(sessions.endAllOfFirm(firmId, reason), firmId);
    }

    public Mono<Boolean> one(UUID userId, UUID sessionId, SessionEnd reason) {
        return announced(sessions.end(userId, sessionId, reason).map(ended -> ended ? 1L : 0L), userId)
                .map(n -> n == 1);
    }

    private Mono<Long> announced(Mono<Long> ended, UUID about) {
        return ended.flatMap(n -> n == 0 ? Mono.just(n) : live.publish(UserSessions.TOPIC, about).thenReturn(n));
    }
}
