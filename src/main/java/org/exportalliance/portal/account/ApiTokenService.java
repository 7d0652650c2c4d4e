package org.exportalliance.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Personal access tokens for the JSON API. A token is 32 random bytes; the database holds only their SHA-256, which
 * is enough for a secret of that strength and lets a lookup use an index.
 */
@Service
public class ApiTokenService {

    private static final String PREFIX = "eap_";
    private final SecureRandom random = Randomness.seeded();
    private final DatabaseClient db;
    private final AccountService accounts;
    private final Clock clock;

    ApiTokenService(DatabaseClient db, AccountService accounts, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The longest a token may live, and how long it lives when no expiry is asked for. */
    public static final java.time.Duration LONGEST = java.time.Duration.ofDays(366);
    public static final java.time.Duration DEFAULT_LIFETIME = java.time.Duration.ofDays(90);
    /** Last use is written at most this often per token, so that a busy client does not write on every call. */
    static final java.time.Duration LAST_USE_PRECISION = java.time.Duration.ofMinutes(1);

    public Mono<ApiToken> issue(Actor actor, String name) {
        return issue(actor, name, clock.instant().plus(DEFAULT_LIFETIME));
    }

    /** A new token of the actor's that works until {@code expiresAt}; the caller checks the name and the expiry. */
    public Mono<ApiToken> issue(Actor actor, String name, Instant expiresAt) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return db.sql("insert into api_token (id, user_id, token_hash, name, created_at, expires_at)"
                        + " values (:id, :user, :hash, :name, :at, :expires)")
                .bind("id", id)
                .bind("user", actor.userId())
                .bind("hash", sha256(token))
                .bind("name", name)
                .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .bind("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .thenReturn(new ApiToken(id, name, token, now, expiresAt));
    }

    /**
     * The actor a bearer token stands for; empty if it is unknown, revoked, expired, or its user may not sign in.
     * Notes the token's use, at most once a minute.
     */
    public Mono<Actor> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Mono.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return db.sql("select id, user_id, last_used_at from api_token where token_hash = :hash"
                        + " and revoked_at is null and (expires_at is null or expires_at > :now)")
                .bind("hash", sha256(token))
                .bind("now", now)
                .map(row -> new Use(row.get("id", UUID.class), row.get("user_id", UUID.class),
                        row.get("last_used_at", OffsetDateTime.class)))
                .one()
                .flatMap(use -> accounts.findById(use.userId())
                        .filter(accounts::maySignIn)
                        .flatMap(user -> noteUse(use, now).thenReturn(user.asActor())));
    }

    private record Use(UUID id, UUID userId, @org.jspecify.annotations.Nullable OffsetDateTime lastUsedAt) {}

    private Mono<Void> noteUse(Use use, OffsetDateTime now) {
        if (use.lastUsedAt() != null && use.lastUsedAt().isAfter(now.minus(LAST_USE_PRECISION))) {
            return Mono.empty();
        }
        return db.sql("update api_token set last_used_at = :now where id = :id")
                .bind("now", now).bind("id", use.id()).fetch().rowsUpdated().then();
    }

    /** The person's tokens that still work, newest first; never their secrets. */
    public reactor.core.publisher.Flux<TokenSummary> liveOf(UUID userId) {
        return db.sql("select id, name, created_at, expires_at, last_used_at from api_token where user_id = :user"
                        + " and revoked_at is null and (expires_at is null or expires_at > :now)"
                        + " order by created_at desc")
                .bind("user", userId)
                .bind("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .map(row -> new TokenSummary(row.get("id", UUID.class), row.get("name", String.class),
                        row.get("created_at", OffsetDateTime.class).toInstant(),
                        instant(row.get("expires_at", OffsetDateTime.class)),
                        instant(row.get("last_used_at", OffsetDateTime.class))))
                .all();
    }

    /** Revokes every token of the person at once (a reset, a deactivation). */
    public Mono<Long> revokeAllOf(UUID userId) {
        return db.sql("update api_token set revoked_at = :at where user_id = :user and revoked_at is null")
                .bind("at", OffsetDateTime.now(clock)).bind("user", userId)
                .fetch().rowsUpdated();
    }

    /** Revokes every token of a firm's people at once (a suspended membership). */
    public Mono<Long> revokeAllOfFirm(UUID firmId) {
        return db.sql("update api_token set revoked_at = :at where revoked_at is null"
                        + " and user_id in (select id from app_user where firm_id = :firm)")
                .bind("at", OffsetDateTime.now(clock)).bind("firm", firmId)
                .fetch().rowsUpdated();
    }

    private static @org.jspecify.annotations.Nullable Instant instant(
            @org.jspecify.annotations.Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /** Revokes one of the actor's own tokens; false when no such live token is theirs. */
    public Mono<Boolean> revoke(Actor actor, UUID tokenId) {
        return db.sql("update api_token set revoked_at = :at where id = :id and user_id = :user and revoked_at is null")
                .bind("at", OffsetDateTime.now(clock))
                .bind("id", tokenId)
                .bind("user", actor.userId())
                .fetch().rowsUpdated()
                .map(n -> n == 1);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
