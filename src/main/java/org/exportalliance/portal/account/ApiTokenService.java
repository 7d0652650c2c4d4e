package org.exportalliance.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
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
    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final Clock clock;
    private final RecentTokens recent;
    private volatile Supplier<Mono<Void>> announce = Mono::empty;

    ApiTokenService(ApiTokenRepository tokens, AccountService accounts, Clock clock,
            @Value("${portal.api.token-recheck:PT1S}") Duration recheck) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.recent = new RecentTokens(clock, recheck);
    }

    /**
     * How a revocation tells the other instances, within the revoking transaction; they answer with
     * {@link #forgetRecent}. The API's wiring gives the live-event bus, which this tier may not use itself.
     */
    public void announceRevocationsWith(Supplier<Mono<Void>> announcement) {
        this.announce = announcement;
    }

    /** Forgets the tokens checked recently, so that the next call with each reads it again. */
    public void forgetRecent() {
        recent.dropAll();
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
        return tokens.insert(id, actor.userId(), sha256(token), name, OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
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
        byte[] hash = sha256(token);
        ApiTokenRepository.Holder checked = recent.get(hash);
        if (checked != null) {
            return Mono.just(checked.account().asActor());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return tokens.holder(hash, now)
                .filter(holder -> accounts.maySignIn(holder.account()))
                .flatMap(holder -> noteUse(holder.use(), now).doOnSuccess(noted -> recent.keep(hash, holder))
                        .thenReturn(holder.account().asActor()));
    }

    private Mono<Void> noteUse(ApiTokenRepository.Use use, OffsetDateTime now) {
        if (use.lastUsedAt() != null && use.lastUsedAt().isAfter(now.minus(LAST_USE_PRECISION))) {
            return Mono.empty();
        }
        return tokens.noteUse(use.id(), now);
    }

    /** The person's tokens that still work, newest first; never their secrets. */
    public reactor.core.publisher.Flux<TokenSummary> liveOf(UUID userId) {
        return tokens.liveOf(userId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Revokes every token of the person at once (a reset, a deactivation). */
    public Mono<Long> revokeAllOf(UUID userId) {
        return revoked(tokens.revokeAllOf(userId, OffsetDateTime.now(clock)));
    }

    /** Revokes every token of a firm's people at once (a suspended membership). */
    public Mono<Long> revokeAllOfFirm(UUID firmId) {
        return revoked(tokens.revokeAllOfFirm(firmId, OffsetDateTime.now(clock)));
    }

    /** Revokes one of the actor's own tokens; false when no such live token is theirs. */
    public Mono<Boolean> revoke(Actor actor, UUID tokenId) {
        return revoked(tokens.revoke(actor.userId(), tokenId, OffsetDateTime.now(clock))).map(n -> n == 1);
    }

    /**
     * Announces the revocation within the caller's transaction, if there is one: every instance, this one included,
     * forgets its recently checked tokens as it commits (the live-event bus runs this instance's hook on commit).
     */
    private Mono<Long> revoked(Mono<Long> revocation) {
        return revocation.flatMap(count -> announce.get().thenReturn(count));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
