package org.exportalliance.portal.account.session;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
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

    private static final String COLUMNS = "id, user_id, signed_in_at, last_seen_at, user_agent, client_address";

    private final DatabaseClient db;
    private final Clock clock;

    UserSessions(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A new live session; its id goes into the HTTP session. */
    public Mono<UUID> open(UUID userId, String userAgent, String clientAddress) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return db.sql("insert into user_session (id, user_id, signed_in_at, last_seen_at, user_agent, client_address)"
                        + " values (:id, :user, :now, :now, :agent, :address)")
                .bind("id", id).bind("user", userId).bind("now", now)
                .bind("agent", cut(userAgent, 300)).bind("address", cut(clientAddress, 64))
                .fetch().rowsUpdated()
                .thenReturn(id);
    }

    /** Notes that the session was used; false when it has ended meanwhile. */
    public Mono<Boolean> seen(UUID id) {
        return db.sql("update user_session set last_seen_at = greatest(last_seen_at, :now)"
                        + " where id = :id and ended_at is null")
                .bind("id", id).bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    public Flux<UserSession> liveOf(UUID userId) {
        return db.sql("select " + COLUMNS + " from user_session where user_id = :user and ended_at is null"
                        + " order by last_seen_at desc")
                .bind("user", userId).map(UserSessions::read).all();
    }

    /** Ends one of the person's own sessions; false when it is not theirs or has ended already. */
    public Mono<Boolean> end(UUID userId, UUID sessionId, SessionEnd reason) {
        return db.sql("update user_session set ended_at = clock_timestamp(), end_reason = :reason"
                        + " where id = :id and user_id = :user and ended_at is null")
                .bind("id", sessionId).bind("user", userId).bind("reason", reason.name())
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Ends a session, whoever's it is (its own instance, on sign-out or time-out); false when it had ended. */
    public Mono<Boolean> endIfLive(UUID sessionId, SessionEnd reason) {
        return db.sql("update user_session set ended_at = clock_timestamp(), end_reason = :reason"
                        + " where id = :id and ended_at is null")
                .bind("id", sessionId).bind("reason", reason.name())
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Ends every live session of the person but {@code except} (the one they act from, if any). */
    public Mono<Long> endAllOf(UUID userId, @Nullable UUID except, SessionEnd reason) {
        return db.sql("update user_session set ended_at = clock_timestamp(), end_reason = :reason"
                        + " where user_id = :user and ended_at is null and id is distinct from :except")
                .bind("user", userId).bind("reason", reason.name())
                .bind("except", Parameter.fromOrEmpty(except, UUID.class))
                .fetch().rowsUpdated();
    }

    /** Ends every live session of a firm's people. */
    public Mono<Long> endAllOfFirm(UUID firmId, SessionEnd reason) {
        return db.sql("update user_session set ended_at = clock_timestamp(), end_reason = :reason"
                        + " where ended_at is null and user_id in (select id from app_user where firm_id = :firm)")
                .bind("firm", firmId).bind("reason", reason.name())
                .fetch().rowsUpdated();
    }

    /**
     * Sessions ended within the last {@code seconds}, by the database's clock. A transaction that ended a session may
     * commit a little after its stamp, so callers look back further than they poll.
     */
    public Flux<UUID> endedLately(int seconds) {
        return db.sql("select id from user_session where ended_at > clock_timestamp() - make_interval(secs => :secs)")
                .bind("secs", (double) seconds)
                .map(row -> row.get(0, UUID.class)).all();
    }

    public Mono<Boolean> isLive(UUID id) {
        return db.sql("select ended_at is null from user_session where id = :id").bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one().defaultIfEmpty(false);
    }

    private static String cut(String text, int max) {
        String plain = text.replaceAll("\\p{Cntrl}", " ");
        return plain.length() > max ? plain.substring(0, max) : plain;
    }

    private static UserSession read(Readable row) {
        return new UserSession(row.get("id", UUID.class), row.get("user_id", UUID.class),
                row.get("signed_in_at", OffsetDateTime.class).toInstant(),
                row.get("last_seen_at", OffsetDateTime.class).toInstant(),
                row.get("user_agent", String.class), row.get("client_address", String.class));
    }
}
