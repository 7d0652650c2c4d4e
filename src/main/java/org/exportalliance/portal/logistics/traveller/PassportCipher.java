package org.exportalliance.portal.logistics.traveller;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passport numbers at rest: AES-256-GCM from the JDK, a fresh 12-byte nonce per encryption, the traveller's id as
 * associated data (a ciphertext copied onto another traveller's row does not decrypt), and the id of the key stored
 * beside the ciphertext. New numbers are sealed with the current key; older keys stay configured for opening rows
 * sealed before a rotation ({@link PassportKeyRotation} moves those to the current key).
 */
public final class PassportCipher {

    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /** A sealed number: which key, and nonce ‖ ciphertext ‖ tag. */
    public record Sealed(String keyId, byte[] bytes) {}

    private final String currentKeyId;
    private final Map<String, SecretKey> keys;
    private final SecureRandom random;
    private final SecretKey digestKey;

    /** {@code keys} by id; {@code currentKeyId} names the one new numbers are sealed with. */
    PassportCipher(String currentKeyId, Map<String, byte[]> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current passport key " + currentKeyId + " is not among the keys");
        }
        Map<String, SecretKey> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("passport key id '" + id + "' must be 1-32 of A-Z a-z 0-9 . _ -");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("passport key " + id + " has " + key.length + " bytes, not 32");
            }
            copy.put(id, new SecretKeySpec(key, "AES"));
        });
        this.currentKeyId = currentKeyId;
        this.keys = Map.copyOf(copy);
        try {
            // A DRBG seeds itself once, here; afterwards nonces cost no system calls (services must not block).
            this.random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        random.nextBytes(new byte[NONCE_BYTES]);
        this.digestKey = new SecretKeySpec(hmac(copy.get(currentKeyId), "passport-number-digest"), "HmacSHA256");
    }

    /**
     * A keyed digest of a number (HMAC-SHA256 under a key derived from the current one), for what must compare
     * requests but never hold the number: a plain hash of a 9-character number would be undone by trying them all.
     */
    public String digest(String number) {
        return java.util.Base64.getEncoder().withoutPadding().encodeToString(hmac(digestKey, number));
    }

    private static byte[] hmac(SecretKey key, String data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
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

    public Sealed seal(UUID travellerId, String number) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(travellerId));
            byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
            return new Sealed(currentKeyId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a passport number", e);
        }
    }

    /** The number sealed for this traveller; fails (without the number in any message) if it does not open. */
    public String open(UUID travellerId, String keyId, byte[] sealed) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("passport key '" + keyId + "' is not configured (portal.passport.key / "
                    + "portal.passport.previous-keys); traveller " + travellerId + " cannot be read");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(travellerId));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the passport number of traveller " + travellerId
                    + " does not decrypt with key '" + keyId + "' (wrong key or altered data)", e);
        }
    }

    private static byte[] associatedData(UUID travellerId) {
        return ByteBuffer.allocate(16).putLong(travellerId.getMostSignificantBits())
                .putLong(travellerId.getLeastSignificantBits()).array();
    }
}
