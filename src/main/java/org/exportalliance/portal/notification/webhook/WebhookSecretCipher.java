package org.exportalliance.portal.notification.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Endpoint secrets at rest: AES-256-GCM, a fresh 12-byte nonce per sealing, the endpoint's id as associated data (a
 * secret copied onto another endpoint's row does not open), the same approach as the passport numbers'
 * {@code logistics.traveller.PassportCipher}. Kept here with its own key ({@code portal.webhooks.key}) until that
 * cipher moves into {@code platform}, where this class should then give way to it.
 */
public final class WebhookSecretCipher {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyId;
    private final @Nullable SecretKey key;
    private final SecureRandom random;

    /** A cipher without a key: the portal runs, but refuses to register endpoints ({@link WebhooksUnconfigured}). */
    static WebhookSecretCipher unconfigured() {
        return new WebhookSecretCipher("none", null);
    }

    WebhookSecretCipher(String keyId, byte @Nullable [] key) {
        if (key != null && key.length != KEY_BYTES) {
            throw new IllegalArgumentException("portal.webhooks.key must be 32 bytes in base64, not " + key.length);
        }
        this.keyId = keyId;
        this.key = key == null ? null : new SecretKeySpec(key, "AES");
        try {
            // A DRBG seeds itself once, here; afterwards nonces cost no system calls (services must not block).
            this.random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        random.nextBytes(new byte[NONCE_BYTES]);
    }

    /** The id of the key secrets are sealed with, stored beside each sealed secret. */
    public String keyId() {
        return keyId;
    }

    /** The secret sealed for the endpoint's row (public for demo seeders, which load endpoints as rows). */
    public byte[] seal(UUID endpointId, WebhookSecret secret) {
        SecretKey key = configuredKey();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(endpointId));
            byte[] sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a webhook secret", e);
        }
    }

    /** The endpoint's secret; fails (without the secret in any message) if it does not open. */
    WebhookSecret open(UUID endpointId, String sealedWith, byte[] sealed) {
        SecretKey key = configuredKey();
        if (!keyId.equals(sealedWith)) {
            throw new IllegalStateException("webhook endpoint " + endpointId + " is sealed with key '" + sealedWith
                    + "', not the configured '" + keyId + "'");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(endpointId));
            return new WebhookSecret(new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                    StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret of webhook endpoint " + endpointId
                    + " does not open (wrong portal.webhooks.key or altered data)", e);
        }
    }

    private SecretKey configuredKey() {
        if (key == null) {
            throw new WebhooksUnconfigured();
        }
        return key;
    }

    private static byte[] associatedData(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
