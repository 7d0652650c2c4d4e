package org.exportalliance.portal.account;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL for single-use links ({@code account_link}): only the SHA-256 of a link's secret is stored. */
@Repository
class AccountLinkRepository {

    private final DatabaseClient db;

    AccountLinkRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Forgets the person's reset links issued at or before {@code before}. */
    Mono<Void> deleteResetsUntil(UUID userId, OffsetDateTime before) {
        return db.sql("delete from account_link where user_id = :user and purpose = 'PASSWORD_RESET'"
                        + " and created_at <= :recent")
                .bind("user", userId).bind("recent", before).then();
    }

    Mono<Boolean> hasReset(UUID userId) {
        return db.sql("select 1 from account_link where user_id = :user and purpose = 'PASSWORD_RESET'")
                .bind("user", userId).map(row -> true).all().hasElements();
    }

    Mono<Long> insertReset(byte[] hash, UUID userId, OffsetDateTime now, OffsetDateTime expires) {
        return db.sql("insert into account_link (token_hash, purpose, user_id, created_at,"
                        + " expires_at) values (:hash, 'PASSWORD_RESET', :user, :now, :expires)")
                .bind("hash", hash).bind("user", userId).bind("now", now)
                .bind("expires", expires)
                .fetch().rowsUpdated();
    }

    /** Uses the reset link up: the person it is for, or empty when unknown, used or expired. */
    Mono<UUID> useReset(byte[] hash, OffsetDateTime now) {
        return db.sql("update account_link set used_at = :now where token_hash = :hash"
                        + " and purpose = 'PASSWORD_RESET' and used_at is null and expires_at > :now returning user_id")
                .bind("hash", hash).bind("now", now)
                .map(row -> row.get(0, UUID.class)).one();
    }

    Mono<UUID> resetFor(byte[] hash, OffsetDateTime now) {
        return db.sql("select user_id from account_link where token_hash = :hash and purpose = 'PASSWORD_RESET'"
                        + " and used_at is null and expires_at > :now")
                .bind("hash", hash).bind("now", now)
                .map(row -> row.get(0, UUID.class)).one();
    }
}
