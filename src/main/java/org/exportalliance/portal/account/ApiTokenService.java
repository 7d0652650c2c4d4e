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
    private final SecureRandom random = drbg();
    private final DatabaseClient db;
    private final AccountService accounts;
    private final Clock clock;

    ApiTokenService(DatabaseClient db, AccountService accounts, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Mono<ApiToken> issue(Actor actor, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return db.sql("insert into api_token (id, user_id, token_hash, name, created_at) values (:id, :user, :hash, :name, :at)")
                .bind("id", id)
                .bind("user", actor.userId())
                .bind("hash", sha256(token))
                .bind("name", name)
                .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .thenReturn(new ApiToken(id, name, token, now));
    }

    /** The actor a bearer token stands for; empty if it is unknown, revoked, or its user may not sign in. */
    public Mono<Actor> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Mono.empty();
        }
        return db.sql("select user_id from api_token where token_hash = :hash and revoked_at is null")
                .bind("hash", sha256(token))
                .map(row -> row.get(0, UUID.class))
                .one()
                .flatMap(accounts::findById)
                .filter(accounts::maySignIn)
                .map(UserAccount::asActor);
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

    /**
     * A DRBG reads the entropy device only to seed itself; seeding it here, at start-up, keeps that read off the
     * reactive threads that later issue tokens.
     */
    private static SecureRandom drbg() {
        SecureRandom random;
        try {
            random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            random = new SecureRandom();
        }
        random.nextBytes(new byte[16]);
        return random;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
