package org.exportalliance.portal.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets at rest: AES-256-GCM from the JDK, a fresh 12-byte nonce per encryption, the owning row's id as associated
 * data (a ciphertext copied onto another row does not decrypt), and the id of the key stored beside the ciphertext.
 * New values are sealed with the current key; older keys stay configured for opening rows sealed before a rotation.
 * Each use has keys of its own ({@code setting} names them in messages: {@code portal.passport},
 * {@code portal.channels}); messages never hold the value.
 */
public class KeyedCipher {

    public static final int KEY_BYTES = 32;
    public static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /** A sealed value: which key, and nonce ‖ ciphertext ‖ tag. */
    public record Sealed(String keyId, byte[] bytes) {}

    private final String setting;
    private final String currentKeyId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random;
    private final SecretKey digestKey;

    /**
     * {@code keys} by id; {@code currentKeyId} names the one new values are sealed with; {@code digestLabel} derives
     * the key of {@link #digest} from the current key.
     */
    protected KeyedCipher(String setting, String currentKeyId, Map<String, byte[]> keys, String digestLabel) {
        String name = setting.substring(setting.lastIndexOf('.') + 1);
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current " + name + " key " + currentKeyId
                    + " is not among the keys");
        }
        Map<String, SecretKey> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(name + " key id '" + id + "' must be 1-32 of A-Z a-z 0-9 . _ -");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException(name + " key " + id + " has " + key.length + " bytes, not 32");
            }
            copy.put(id, new SecretKeySpec(key, "AES"));
        });
        this.setting = setting;
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(copy);
        try {
            // A DRBG seeds itself once, here; afterwards nonces cost no system calls (services must not block).
            this.random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        random.nextBytes(new byte[NONCE_BYTES]);
        this.digestKey = new SecretKeySpec(hmac(copy.get(currentKeyId), digestLabel), "HmacSHA256");
    }

    /**
     * A keyed digest of a value (HMAC-SHA256 under a key derived from the current one), for what must compare values
     * but never hold them: a plain hash of a short value would be undone by trying them all.
     */
    public String digest(String value) {
        return Base64.getEncoder().withoutPadding().encodeToString(hmac(digestKey, value));
    }

    private static byte[] hmac(SecretKey key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    public Sealed seal(UUID ownerId, String value) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(ownerId));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return new Sealed(currentKeyId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt under " + setting + ".key", e);
        }
    }

    /** The value sealed for this owner; fails (without the value in any message) if it does not open. */
    public String open(UUID ownerId, String keyId, byte[] sealed) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("key '" + keyId + "' is not configured (" + setting + ".key / "
                    + setting + ".previous-keys); row " + ownerId + " cannot be read");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(ownerId));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the value sealed for row " + ownerId + " does not decrypt with "
                    + setting + " key '" + keyId + "' (wrong key or altered data)", e);
        }
    }

    private static byte[] associatedData(UUID ownerId) {
        return ByteBuffer.allocate(16).putLong(ownerId.getMostSignificantBits())
                .putLong(ownerId.getLeastSignificantBits()).array();
    }
}
