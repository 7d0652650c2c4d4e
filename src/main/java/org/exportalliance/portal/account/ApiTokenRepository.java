package org.exportalliance.portal.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for API tokens ({@code api_token}): only a token's SHA-256 is stored. */
@Repository
class ApiTokenRepository {

    /** A live token as authentication finds it. */
    record Use(UUID id, UUID userId, @Nullable OffsetDateTime lastUsedAt) {}

    /** A live token and the account it belongs to. */
    record Holder(Use use, UserAccount account, @Nullable OffsetDateTime expiresAt) {}

    /** The account's columns as read through the join on the token. */
    private static final String ACCOUNT_COLUMNS = java.util.Arrays.stream(UserAccountRepository.COLUMNS.split(","))
            .map(column -> "u." + column.strip()).collect(java.util.stream.Collectors.joining(", "));

    private final DatabaseClient db;

    ApiTokenRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> insert(UUID id, UUID userId, byte[] hash, String name, OffsetDateTime at, OffsetDateTime expires) {
        return db.sql("insert into api_token (id, user_id, token_hash, name, created_at, expires_at)"
                        + " values (:id, :user, :hash, :name, :at, :expires)")
                .bind("id", id)
                .bind("user", userId)
                .bind("hash", hash)
                .bind("name", name)
                .bind("at", at)
                .bind("expires", expires)
                .fetch().rowsUpdated();
    }

    /**
     * The live token with this hash and its account, in one query: every API call asks, so this saves the call a round
     * trip and a pooled connection.
     */
    Mono<Holder> holder(byte[] hash, OffsetDateTime now) {
        return db.sql("select t.id as token_id, t.last_used_at as token_last_used_at, t.expires_at as token_expires_at, "
                        + ACCOUNT_COLUMNS
                        + " from api_token t join app_user u on u.id = t.user_id where t.token_hash = :hash"
                        + " and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)")
                .bind("hash", hash)
                .bind("now", now)
                .map(row -> {
                    UserAccount account = UserAccountRepository.read(row);
                    return new Holder(new Use(row.get("token_id", UUID.class), account.id(),
                            row.get("token_last_used_at", OffsetDateTime.class)), account,
                            row.get("token_expires_at", OffsetDateTime.class));
                })
                .one();
    }

    Mono<Void> noteUse(UUID id, OffsetDateTime now) {
        return db.sql("update api_token set last_used_at = :now where id = :id")
                .bind("now", now).bind("id", id).fetch().rowsUpdated().then();
    }

    Flux<TokenSummary> liveOf(UUID userId, OffsetDateTime now) {
        return db.sql("select id, name, created_at, expires_at, last_used_at from api_token where user_id = :user"
                        + " and revoked_at is null and (expires_at is null or expires_at > :now)"
                        + " order by created_at desc")
                .bind("user", userId)
                .bind("now", now)
                .map(row -> new TokenSummary(row.get("id", UUID.class), row.get("name", String.class),
                        row.get("created_at", OffsetDateTime.class).toInstant(),
                        instant(row.get("expires_at", OffsetDateTime.class)),
                        instant(row.get("last_used_at", OffsetDateTime.class))))
                .all();
    }

    Mono<Long> revokeAllOf(UUID userId, OffsetDateTime at) {
        return db.sql("update api_token set revoked_at = :at where user_id = :user and revoked_at is null")
                .bind("at", at).bind("user", userId)
                .fetch().rowsUpdated();
    }

    Mono<Long> revokeAllOfFirm(UUID firmId, OffsetDateTime at) {
        return db.sql("update api_token set revoked_at = :at where revoked_at is null"
                        + " and user_id in (select id from app_user where firm_id = :firm)")
                .bind("at", at).bind("firm", firmId)
                .fetch().rowsUpdated();
    }

    Mono<Long> revoke(UUID userId, UUID tokenId, OffsetDateTime at) {
        return db.sql("update api_token set revoked_at = :at where id = :id and user_id = :user and revoked_at is null")
                .bind("at", at)
                .bind("id", tokenId)
                .bind("user", userId)
                .fetch().rowsUpdated();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
