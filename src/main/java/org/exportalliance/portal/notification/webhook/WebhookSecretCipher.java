package org.exportalliance.portal.notification.webhook;

import java.util.Optional;
import java.util.UUID;
import org.exportalliance.portal.platform.crypto.KeyedCipher;
import org.exportalliance.portal.platform.crypto.SealingKeys;

/**
 * Endpoint secrets at rest, sealed like passport numbers and robot keys ({@link KeyedCipher}: AES-256-GCM, the
 * endpoint's id as associated data, so a secret copied onto another endpoint's row does not open) under keys of
 * their own, {@code portal.webhooks.key} with {@code .key-id} and {@code .previous-keys}. Without a key (outside
 * demo mode) the portal runs but refuses to store or read a secret ({@link WebhooksUnconfigured}).
 */
public final class WebhookSecretCipher {

    private final Optional<Cipher> cipher;

    private WebhookSecretCipher(Optional<Cipher> cipher) {
        this.cipher = cipher;
    }

    static WebhookSecretCipher of(SealingKeys keys) {
        return new WebhookSecretCipher(Optional.of(new Cipher(keys)));
    }

    static WebhookSecretCipher unconfigured() {
        return new WebhookSecretCipher(Optional.empty());
    }

    /** The id of the key new secrets are sealed with, stored beside each sealed secret. */
    public String keyId() {
        return configured().currentKeyId();
    }

    /** The secret sealed for the endpoint's row (public for demo seeders, which load endpoints as rows). */
    public byte[] seal(UUID endpointId, WebhookSecret secret) {
        return configured().seal(endpointId, secret.value()).bytes();
    }

    /** The endpoint's secret; fails (without the secret in any message) if it does not open. */
    WebhookSecret open(UUID endpointId, String sealedWith, byte[] sealed) {
        return new WebhookSecret(configured().open(endpointId, sealedWith, sealed));
    }

    private Cipher configured() {
        return cipher.orElseThrow(WebhooksUnconfigured::new);
    }

    private static final class Cipher extends KeyedCipher {
        Cipher(SealingKeys keys) {
            super("portal.webhooks", keys.currentId(), keys.keys(), "webhook-secret-digest");
        }
    }
}
