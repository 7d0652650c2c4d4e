package org.exportalliance.portal.notification.webhook;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a receiver of our webhooks does (the tests' receiver uses it, and it documents the scheme for firms): the
 * timestamp within five minutes of now either way (against replays), and one {@code v1} signature of the list
 * matching one of the secrets, compared in constant time.
 */
public final class WebhookVerifier {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    public enum Verdict { VALID, MISSING_HEADERS, TIMESTAMP_OUT_OF_TOLERANCE, NO_MATCHING_SIGNATURE }

    private WebhookVerifier() {}

    public static Verdict verify(@Nullable String id, @Nullable String timestamp, @Nullable String signatures,
            byte[] body, List<WebhookSecret> secrets, Instant now) {
        if (id == null || timestamp == null || signatures == null || id.isBlank()) {
            return Verdict.MISSING_HEADERS;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.MISSING_HEADERS;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return Verdict.TIMESTAMP_OUT_OF_TOLERANCE;
        }
        for (WebhookSecret secret : secrets) {
            byte[] expected = WebhookSignature.mac(secret.key(), id, seconds, body);
            for (String candidate : signatures.strip().split(" +")) {
                if (candidate.startsWith(WebhookSignature.VERSION + ",")
                        && MessageDigest.isEqual(expected, decode(candidate.substring(3)))) {
                    return Verdict.VALID;
                }
            }
        }
        return Verdict.NO_MATCHING_SIGNATURE;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
