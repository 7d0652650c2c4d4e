package org.exportalliance.portal.notification.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import org.exportalliance.portal.platform.Workers;
import reactor.core.publisher.Mono;

/**
 * An endpoint's signing secret as Standard Webhooks writes it: {@code whsec_} and the Base64 of 24 to 64 random
 * bytes (the specification asks for at least 24). Shown once to the firm; never logged, so {@link #toString()} hides
 * it.
 */
public record WebhookSecret(String value) {

    public static final String PREFIX = "whsec_";
    private static final int GENERATED_BYTES = 32;

    public WebhookSecret {
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        int length;
        try {
            length = Base64.getDecoder().decode(value.substring(PREFIX.length())).length;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is Base64 after its prefix");
        }
        if (length < 24 || length > 64) {
            throw new IllegalArgumentException("a webhook secret holds 24 to 64 bytes");
        }
    }

    /** A new secret of 32 random bytes; the system's random source may block, so it is read on a worker. */
    public static Mono<WebhookSecret> generate() {
        return Workers.call(() -> {
            byte[] bytes = new byte[GENERATED_BYTES];
            Entropy.RANDOM.nextBytes(bytes);
            return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
        });
    }

    /** The HMAC key: the bytes the Base64 after the prefix stands for. */
    byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** Created on first use, on the worker that generates: opening the system's random source reads files. */
    private static final class Entropy {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + PREFIX + "…]";
    }
}
