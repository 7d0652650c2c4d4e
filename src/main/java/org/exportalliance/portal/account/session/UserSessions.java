package org.exportalliance.portal.account.session;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The signed-in sessions of every instance, in table {@code user_session}. Ending one marks its row; each instance
 * looks for rows ended lately ({@link #endedLately}) and closes the sessions it holds, so that an end reaches every
 * instance within seconds without any instance knowing the others. Ends are stamped with the database's clock
 * ({@code clock_timestamp()}), which every instance shares.
 */
@Service
public class UserSessions {

    /**
     * The live-event topic that tells every instance to look for ended sessions now rather than at its next poll;
     * published by whoever ends sessions, in the same transaction.
     */
    public static final String TOPIC = "session-ended";

    private final UserSessionRepository sessions;
    private final Clock clock;

    UserSessions(UserSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A new live session; its id goes into the HTTP session. */
    public Mono<UUID> open(UUID userId, String userAgent, String clientAddress) {
        UUID id = UUID.randomUUID();
        return sessions.insert(id, userId, now(), cut(userAgent, 300), cut(clientAddress, 64)).thenReturn(id);
    }

    /** Notes that the session was used; false when it has ended meanwhile. */
    public Mono<Boolean> seen(UUID id) {
        return sessions.seen(id, now()).map(n -> n == 1);
    }

    public Flux<UserSession> liveOf(UUID userId) {
        return sessions.liveOf(userId);
    }

    /** Ends one of the person's own sessions; false when it is not theirs or has ended already. */
    public Mono<Boolean> end(UUID userId, UUID sessionId, SessionEnd reason) {
        return sessions.end(userId, sessionId, reason).map(n -> n == 1);
    }

    /** Ends a session, whoever's it is (its own instance, on sign-out or time-out); false when it had ended. */
    public Mono<Boolean> endIfLive(UUID sessionId, SessionEnd reason) {
        return sessions.endIfLive(sessionId, reason).map(n -> n == 1);
    }

    /** Ends every live session of the person but {@code except} (the one they act from, if any). */
    public Mono<Long> endAllOf(UUID userId, @Nullable UUID except, SessionEnd reason) {
        return sessions.endAllOf(userId, except, reason);
    }

    /** Ends every live session of a firm's people. */
    public Mono<Long> endAllOfFirm(UUID firmId, SessionEnd reason) {
        return sessions.endAllOfFirm(firmId, reason);
    }

    /**
     * Sessions ended within the last {@code seconds}, by the database's clock. A transaction that ended a session may
     * commit a little after its stamp, so callers look back further than they poll.
     */
    public Flux<UUID> endedLately(int seconds) {
        return sessions.endedLately(seconds);
    }

    public Mono<Boolean> isLive(UUID id) {
        return sessions.isLive(id);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        String plain = text.replaceAll("\\p{Cntrl}", " ");
        return plain.length() > max ? plain.substring(0, max) : plain;
    }
}
