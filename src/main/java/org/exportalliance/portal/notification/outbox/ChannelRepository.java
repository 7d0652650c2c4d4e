package org.exportalliance.portal.notification.outbox;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.exportalliance.portal.platform.crypto.KeyedCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the channels people and firms chose; the sealed credentials leave it only for the sender. */
@Repository
class ChannelRepository {

    private static final String COLUMNS = "id, user_id, firm_id, kind, hint, locale, broken_at, broken_reason, "
            + "paused_until";

    /** A channel the sender locked, with its sealed credentials. */
    record Locked(NoticeChannel channel, KeyedCipher.@Nullable Sealed sealed) {}

    private final DatabaseClient db;

    ChannelRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Adds or replaces the owner's channel of this kind; a replaced robot is no longer broken or paused. */
    Mono<NoticeChannel> save(@Nullable UUID user, @Nullable UUID firm, ChannelKind kind,
            KeyedCipher.@Nullable Sealed sealed, @Nullable String hint, String locale, UUID id, Instant now) {
        String conflict = user != null ? "(user_id, kind) where user_id is not null"
                : "(firm_id, kind) where firm_id is not null";
        return db.sql("insert into notice_channel (id, user_id, firm_id, kind, key_id, sealed, hint, locale, "
                        + "created_at) values (:id, :user, :firm, :kind, :keyId, :sealed, :hint, :locale, :now) "
                        + "on conflict " + conflict + " do update set key_id = excluded.key_id, "
                        + "sealed = excluded.sealed, hint = excluded.hint, locale = excluded.locale, "
                        + "broken_at = null, broken_reason = null, paused_until = null returning " + COLUMNS)
                .bind("id", id)
                .bind("user", Parameter.fromOrEmpty(user, UUID.class))
                .bind("firm", Parameter.fromOrEmpty(firm, UUID.class))
                .bind("kind", kind.name())
                .bind("keyId", Parameter.fromOrEmpty(sealed == null ? null : sealed.keyId(), String.class))
                .bind("sealed", Parameter.fromOrEmpty(sealed == null ? null : sealed.bytes(), byte[].class))
                .bind("hint", Parameter.fromOrEmpty(hint, String.class))
                .bind("locale", locale)
                .bind("now", at(now))
                .map(ChannelRepository::read).one();
    }

    Flux<NoticeChannel> ofUser(UUID user) {
        return db.sql("select " + COLUMNS + " from notice_channel where user_id = :user order by kind")
                .bind("user", user).map(ChannelRepository::read).all();
    }

    Flux<NoticeChannel> ofFirm(UUID firm) {
        return db.sql("select " + COLUMNS + " from notice_channel where firm_id = :firm order by kind")
                .bind("firm", firm).map(ChannelRepository::read).all();
    }

    Mono<NoticeChannel> find(UUID id) {
        return db.sql("select " + COLUMNS + " from notice_channel where id = :id").bind("id", id)
                .map(ChannelRepository::read).one();
    }

    Mono<Long> delete(UUID id) {
        return db.sql("delete from notice_channel where id = :id").bind("id", id).fetch().rowsUpdated();
    }

    /**
     * Locks one channel that has due notices, is neither broken nor paused and (a robot) has had fewer than
     * {@code perWindow} attempts since {@code windowStart}; channels another instance holds are skipped. Only one of
     * {@code only} when given (a test message).
     */
    Mono<Locked> lockDue(Instant now, Instant windowStart, int perWindow, boolean mail, @Nullable UUID only) {
        return db.sql("select " + COLUMNS + ", key_id, sealed from notice_channel c "
                        + "where c.broken_at is null and (c.paused_until is null or c.paused_until <= :now) "
                        + "and (c.kind <> 'EMAIL' or :mail) and (:only::uuid is null or c.id = :only::uuid) "
                        + "and exists (select 1 from notice_outbox o where o.channel_id = c.id "
                        + "and o.state = 'PENDING' and o.due_at <= :now) "
                        + "and (c.kind = 'EMAIL' or (select count(*) from notice_delivery d where d.channel_id = c.id "
                        + "and d.at >= :windowStart) < :perWindow) "
                        + "order by c.id limit 1 for update of c skip locked")
                .bind("now", at(now)).bind("windowStart", at(windowStart)).bind("perWindow", perWindow)
                .bind("mail", mail).bind("only", Parameter.fromOrEmpty(only, UUID.class))
                .map(row -> {
                    byte[] sealed = row.get("sealed", byte[].class);
                    String keyId = row.get("key_id", String.class);
                    return new Locked(read(row), sealed == null || keyId == null ? null
                            : new KeyedCipher.Sealed(keyId, sealed));
                }).one();
    }

    Mono<Void> markBroken(UUID id, String reason, Instant now) {
        return db.sql("update notice_channel set broken_at = :now, broken_reason = :reason where id = :id")
                .bind("now", at(now)).bind("reason", cut(reason)).bind("id", id).then();
    }

    Mono<Void> pause(UUID id, Instant until) {
        return db.sql("update notice_channel set paused_until = :until where id = :id")
                .bind("until", at(until)).bind("id", id).then();
    }

    static String cut(String reason) {
        return reason.length() <= 200 ? reason : reason.substring(0, 200);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static NoticeChannel read(Readable row) {
        OffsetDateTime broken = row.get("broken_at", OffsetDateTime.class);
        OffsetDateTime paused = row.get("paused_until", OffsetDateTime.class);
        return new NoticeChannel(row.get("id", UUID.class), row.get("user_id", UUID.class),
                row.get("firm_id", UUID.class), ChannelKind.valueOf(row.get("kind", String.class)),
                row.get("hint", String.class), row.get("locale", String.class),
                broken == null ? null : broken.toInstant(), row.get("broken_reason", String.class),
                paused == null ? null : paused.toInstant());
    }
}
