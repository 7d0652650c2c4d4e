package org.exportalliance.portal.notification;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.notification.outbox.NoticeOutbox;
import org.exportalliance.portal.notification.webhook.WebhookEvent;
import org.exportalliance.portal.notification.webhook.WebhookQueue;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for notifications: one row per recipient, always read and changed by the recipient's user id. */
@Repository
class NotificationRepository {

    private static final String COLUMNS = "id, user_id, message_key, args, link, created_at, read_at";
    private static final String INSERT = "insert into notification (id, user_id, message_key, args, link, created_at) "
            + "select gen_random_uuid(), u, :key, :args, :link, :now from unnest(cast(:users as uuid[])) u";

    private final DatabaseClient db;
    private final LiveEvents live;

    NotificationRepository(DatabaseClient db, LiveEvents live) {
        this.db = db;
        this.live = live;
    }

    /**
     * One notification for each of {@code users} with a live event each (carrying only their user id), the notice
     * queued for their channels and {@code firm}'s ({@link NoticeOutbox}), and {@code hook}'s webhook deliveries if
     * any ({@link WebhookQueue}): one statement whatever their number.
     */
    Mono<Void> insertAndQueue(Collection<UUID> users, @Nullable UUID firm, String messageKey, List<String> args,
            @Nullable String link, OffsetDateTime now, @Nullable WebhookEvent hook) {
        List<String> changes = hook == null ? List.of(INSERT, NoticeOutbox.QUEUE_FOR_PEOPLE)
                : List.of(INSERT, NoticeOutbox.QUEUE_FOR_PEOPLE, WebhookQueue.ENQUEUE);
        return live.publishAlong(changes, spec -> {
            GenericExecuteSpec bound = spec.bind("users", users.toArray(UUID[]::new))
                    .bind("firm", Parameter.fromOrEmpty(firm, UUID.class))
                    .bind("key", messageKey)
                    .bind("args", args.toArray(String[]::new))
                    .bind("link", Parameter.fromOrEmpty(link, String.class))
                    .bind("now", now);
            return hook == null ? bound : WebhookQueue.bind(bound, hook);
        }, NotificationService.TOPIC, users);
    }

    Flux<Notification> recent(UUID userId, int limit) {
        return db.sql("select " + COLUMNS + " from notification where user_id = :user order by created_at desc, id "
                        + "limit :limit")
                .bind("user", userId).bind("limit", limit)
                .map(NotificationRepository::read).all();
    }

    Mono<Long> unreadCount(UUID userId) {
        return db.sql("select count(*) from notification where user_id = :user and read_at is null")
                .bind("user", userId).map(row -> row.get(0, Long.class)).one();
    }

    Mono<Long> markAllRead(UUID userId, OffsetDateTime now) {
        return db.sql("update notification set read_at = :now where user_id = :user and read_at is null")
                .bind("now", now).bind("user", userId)
                .fetch().rowsUpdated();
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
