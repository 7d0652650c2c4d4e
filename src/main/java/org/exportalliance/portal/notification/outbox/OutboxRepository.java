package org.exportalliance.portal.notification.outbox;

import static org.exportalliance.portal.notification.outbox.ChannelRepository.at;
import static org.exportalliance.portal.notification.outbox.ChannelRepository.cut;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the queue of notices per channel and the log of every attempt to send them. */
@Repository
class OutboxRepository {

    /** A queued notice: its message key and arguments, the page it is about, and the receiver's language. */
    record Queued(UUID id, String messageKey, List<String> args, @Nullable String link, String locale,
            Instant createdAt, int attempts) {}

    private static final String ENQUEUE = "insert into notice_outbox (id, channel_id, message_key, args, link, "
            + "locale, created_at, due_at) select gen_random_uuid(), c.id, :key, :args, :link, c.locale, :now, :now "
            + "from notice_channel c where ";
    /** {@link NoticeOutbox#QUEUE_FOR_PEOPLE}. */
    static final String ENQUEUE_FOR_PEOPLE = ENQUEUE + "c.user_id = any(:users) or c.firm_id = cast(:firm as uuid)";

    private final DatabaseClient db;

    OutboxRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A notice for one channel only (a test message). */
    Mono<Long> enqueueFor(UUID channel, String key, @Nullable String link, Instant now) {
        return db.sql(ENQUEUE + "c.id = :channel").bind("channel", channel)
                .bind("key", key).bind("args", new String[0])
                .bind("link", Parameter.fromOrEmpty(link, String.class))
                .bind("now", at(now))
                .fetch().rowsUpdated();
    }

    /** The channel's due notices, oldest first, at most {@code limit} (one message carries them all). */
    Flux<Queued> due(UUID channel, Instant now, int limit) {
        return db.sql("select id, message_key, args, link, locale, created_at, attempts from notice_outbox "
                        + "where channel_id = :channel and state = 'PENDING' and due_at <= :now "
                        + "order by created_at, id limit :limit")
                .bind("channel", channel).bind("now", at(now)).bind("limit", limit)
                .map(row -> {
                    String[] args = row.get("args", String[].class);
                    return new Queued(row.get("id", UUID.class), row.get("message_key", String.class),
                            args == null ? List.of() : Arrays.asList(args), row.get("link", String.class),
                            row.get("locale", String.class), row.get("created_at", OffsetDateTime.class).toInstant(),
                            row.get("attempts", Integer.class));
                }).all();
    }

    /** Sent, or given up ({@code FAILED}): the rows leave the queue. */
    Mono<Long> finish(Collection<UUID> ids, String state, Instant now) {
        return db.sql("update notice_outbox set state = :state, done_at = :now, attempts = attempts + 1 "
                        + "where id = any(:ids)")
                .bind("state", state).bind("now", at(now)).bind("ids", ids.toArray(UUID[]::new))
                .fetch().rowsUpdated();
    }

    /** Tried and failed for a passing reason: due again at {@code due}. */
    Mono<Long> retry(Collection<UUID> ids, Instant due) {
        return db.sql("update notice_outbox set attempts = attempts + 1, due_at = :due where id = any(:ids)")
                .bind("due", at(due)).bind("ids", ids.toArray(UUID[]::new))
                .fetch().rowsUpdated();
    }

    Mono<Void> log(UUID channel, Instant at, int notices, String outcome, @Nullable String reason) {
        return db.sql("insert into notice_delivery (channel_id, at, notices, outcome, reason) "
                        + "values (:channel, :at, :notices, :outcome, :reason)")
                .bind("channel", channel).bind("at", at(at)).bind("notices", notices).bind("outcome", outcome)
                .bind("reason", Parameter.fromOrEmpty(reason == null ? null : cut(reason), String.class))
                .then();
    }

    /** The channel's latest attempts, newest first: what the settings page shows. */
    Flux<Delivery> deliveries(UUID channel, int limit) {
        return db.sql("select at, notices, outcome, reason from notice_delivery where channel_id = :channel "
                        + "order by at desc, id desc limit :limit")
                .bind("channel", channel).bind("limit", limit)
                .map(row -> new Delivery(row.get("at", OffsetDateTime.class).toInstant(),
                        row.get("notices", Integer.class), row.get("outcome", String.class),
                        row.get("reason", String.class)))
                .all();
    }
}
