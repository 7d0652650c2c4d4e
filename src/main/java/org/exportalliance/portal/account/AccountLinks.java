package org.exportalliance.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Single-use links sent by e-mail: a password reset. The link carries 32 random bytes; the database keeps only their
 * SHA-256, and using a link is one conditional update, so a link works once even when opened twice at once.
 *
 * <p>Spring Security's {@code JdbcOneTimeTokenService} would keep the token itself and needs JDBC; these rows live
 * beside the account in the reactive store, hashed.
 */
@Service
public class AccountLinks {

    public static final Duration RESET_LIFETIME = Duration.ofMinutes(30);

    private final AccountLinkRepository links;
    private final Clock clock;
    private final SecureRandom random = org.exportalliance.portal.account.Randomness.seeded();

    AccountLinks(AccountLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** At most one reset e-mail per person this often, so that nobody can flood a colleague's inbox. */
    public static final Duration RESET_INTERVAL = Duration.ofMinutes(1);

    /**
     * A new reset secret for the person, valid for {@link #RESET_LIFETIME}; earlier unused ones stop working. Empty
     * when the last one was issued less than {@link #RESET_INTERVAL} ago.
     */
    public Mono<String> issueReset(UUID userId) {
        String secret = newSecret(random);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return links.deleteResetsUntil(userId, now.minus(RESET_INTERVAL))
                .then(links.hasReset(userId))
                .filter(recent -> !recent)
                .flatMap(issue -> links.insertReset(hash(secret), userId, now, now.plus(RESET_LIFETIME))
                        .thenReturn(secret));
    }

    /** The person a reset secret is for, using it up; empty when unknown, used or expired. */
    public Mono<UUID> useReset(String secret) {
        if (secret.isEmpty() || secret.length() > 100) {
            return Mono.empty();
        }
        return links.useReset(hash(secret), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The person a reset secret is for, without using it (the reset page checks before asking); empty if unusable. */
    public Mono<UUID> resetFor(String secret) {
        if (secret.isEmpty() || secret.length() > 100) {
            return Mono.empty();
        }
        return links.resetFor(hash(secret), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** 32 random bytes, URL-safe. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
