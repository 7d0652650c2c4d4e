package org.exportalliance.portal.notification;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.live.LiveEvent;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The in-app notification centre. Features tell a firm (all its people) something inside their own transaction; each
 * recipient gets a row and a live event carrying only their user id, so open sessions update their badge.
 * People read only their own notifications.
 */
@Service
public class NotificationService {

    public static final String TOPIC = "notification";
    private static final String COLUMNS = "id, user_id, message_key, args, link, created_at, read_at";

    private final DatabaseClient db;
    private final AccountService accounts;
    private final LiveEvents live;
    private final Clock clock;

    NotificationService(DatabaseClient db, AccountService accounts, LiveEvents live, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.live = live;
        this.clock = clock;
    }

    /** Tells every enabled user of {@code firmId}; {@code link} is a view path such as "delegation/…". */
    public Mono<Void> notifyFirm(UUID firmId, String messageKey, List<String> args, @Nullable String link) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Read the recipients to the end before writing: streaming rows while the same transaction's connection
        // runs inserts stalls once the driver's prefetch (about 32 rows) is used up.
        return accounts.recipientsOf(firmId)
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(user -> db.sql("insert into notification (id, user_id, message_key, args, link, created_at) "
                                + "values (:id, :user, :key, :args, :link, :now)")
                        .bind("id", UUID.randomUUID()).bind("user", user).bind("key", messageKey)
                        .bind("args", args.toArray(String[]::new))
                        .bind("link", Parameter.fromOrEmpty(link, String.class))
                        .bind("now", now)
                        .then()
                        .then(live.publish(TOPIC, user)))
                .then();
    }

    /** The actor's latest notifications, newest first. */
    public Flux<Notification> recent(Actor actor, int limit) {
        return db.sql("select " + COLUMNS + " from notification where user_id = :user order by created_at desc, id "
                        + "limit :limit")
                .bind("user", actor.userId()).bind("limit", Math.min(limit, 200))
                .map(NotificationService::read).all();
    }

    public Mono<Long> unreadCount(Actor actor) {
        return db.sql("select count(*) from notification where user_id = :user and read_at is null")
                .bind("user", actor.userId()).map(row -> row.get(0, Long.class)).one();
    }

    public Mono<Long> markAllRead(Actor actor) {
        return db.sql("update notification set read_at = :now where user_id = :user and read_at is null")
                .bind("now", OffsetDateTime.now(clock)).bind("user", actor.userId())
                .fetch().rowsUpdated()
                .flatMap(n -> live.publish(TOPIC, actor.userId()).thenReturn(n));
    }

    /** Live signals for one person: their own notifications changed (or a resync). */
    public Flux<LiveEvent> changesFor(Actor actor) {
        String me = actor.userId().toString();
        return live.stream(TOPIC).filter(e -> e.isResync() || me.equals(e.id()));
    }

    private static Notification read(Readable row) {
        String[] args = row.get("args", String[].class);
        OffsetDateTime readAt = row.get("read_at", OffsetDateTime.class);
        return new Notification(row.get("id", UUID.class), row.get("user_id", UUID.class),
                row.get("message_key", String.class), args == null ? List.of() : Arrays.asList(args),
                row.get("link", String.class), row.get("created_at", OffsetDateTime.class).toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}
