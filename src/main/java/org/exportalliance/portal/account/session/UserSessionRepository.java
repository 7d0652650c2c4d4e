package org.exportalliance.portal.account.session;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for {@code user_session}. Ends are stamped with the database's clock, which every instance shares. */
@Repository
class UserSessionRepository {

    private static final String COLUMNS = "id, user_id, signed_in_at, last_seen_at, user_agent, client_address";
    private static final String END = "update user_session set ended_at = clock_timestamp(), end_reason = :reason";

    private final DatabaseClient db;

    UserSessionRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> insert(UUID id, UUID userId, OffsetDateTime now, String userAgent, String clientAddress) {
        return db.sql("insert into user_session (id, user_id, signed_in_at, last_seen_at, user_agent, client_address)"
                        + " values (:id, :user, :now, :now, :agent, :address)")
                .bind("id", id).bind("user", userId).bind("now", now)
                .bind("agent", userAgent).bind("address", clientAddress)
                .fetch().rowsUpdated();
    }

    Mono<Long> seen(UUID id, OffsetDateTime now) {
        return db.sql("update user_session set last_seen_at = greatest(last_seen_at, :now)"
                        + " where id = :id and ended_at is null")
                .bind("id", id).bind("now", now)
                .fetch().rowsUpdated();
    }

    Flux<UserSession> liveOf(UUID userId) {
        return db.sql("select " + COLUMNS + " from user_session where user_id = :user and ended_at is null"
                        + " order by last_seen_at desc")
                .bind("user", userId).map(UserSessionRepository::read).all();
    }

    Mono<Long> end(UUID userId, UUID sessionId, SessionEnd reason) {
        return db.sql(END + " where id = :id and user_id = :user and ended_at is null")
                .bind("id", sessionId).bind("user", userId).bind("reason", reason.name())
                .fetch().rowsUpdated();
    }

    Mono<Long> endIfLive(UUID sessionId, SessionEnd reason) {
        return db.sql(END + " where id = :id and ended_at is null")
                .bind("id", sessionId).bind("reason", reason.name())
                .fetch().rowsUpdated();
    }

    Mono<Long> endAllOf(UUID userId, @Nullable UUID except, SessionEnd reason) {
        return db.sql(END + " where user_id = :user and ended_at is null and id is distinct from :except")
                .bind("user", userId).bind("reason", reason.name())
                .bind("except", Parameter.fromOrEmpty(except, UUID.class))
                .fetch().rowsUpdated();
    }

    Mono<Long> endAllOfFirm(UUID firmId, SessionEnd reason) {
        return db.sql(END + " where ended_at is null and user_id in (select id from app_user where firm_id = :firm)")
                .bind("firm", firmId).bind("reason", reason.name())
                .fetch().rowsUpdated();
    }

    Flux<UUID> endedLately(int seconds) {
        return db.sql("select id from user_session where ended_at > clock_timestamp() - make_interval(secs => :secs)")
                .bind("secs", (double) seconds)
                .map(row -> row.get(0, UUID.class)).all();
    }

    Mono<Boolean> isLive(UUID id) {
        return db.sql("select ended_at is null from user_session where id = :id").bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one().defaultIfEmpty(false);
    }

    private static UserSession read(Readable row) {
        return new UserSession(row.get("id", UUID.class), row.get("user_id", UUID.class),
                row.get("signed_in_at", OffsetDateTime.class).toInstant(),
                row.get("last_seen_at", OffsetDateTime.class).toInstant(),
                row.get("user_agent", String.class), row.get("client_address", String.class));
    }
}
