package org.exportalliance.portal.account.mfa;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, 6 digits, 30-second steps
 * counted from the Unix epoch. Secrets are 20 random bytes (RFC 4226 §4 recommends 160 bits), shown to people and
 * put into QR codes as unpadded Base32 (RFC 4648 §6), the form the apps expect.
 */
public final class Totp {

    public static final int SECRET_BYTES = 20;
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps either side of now that still match: a phone's clock a little off, a code typed as it turned over. */
    static final int TOLERANCE = 1;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000};

    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /** Unpadded Base32 in upper case ("JBSWY3DPEHPK3PXP"). */
    public static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /**
     * Reads Base32 as people copy it: any case, with spaces or hyphens between groups, with or without trailing
     * {@code =} padding.
     *
     * @throws IllegalArgumentException for any other character, or a length no byte string has in Base32
     */
    public static byte[] fromBase32(String text) {
        String cleaned = text.replaceAll("[\\s-]", "").replaceFirst("=+$", "").toUpperCase(Locale.ROOT);
        // 8 characters carry 5 bytes; of the remainders, only 2, 4, 5 and 7 characters end on a whole byte.
        int rest = cleaned.length() % 8;
        if (rest == 1 || rest == 3 || rest == 6) {
            throw new IllegalArgumentException("not a Base32 length: " + cleaned.length());
        }
        ByteBuffer bytes = ByteBuffer.allocate(cleaned.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < cleaned.length(); i++) {
            int value = BASE32.indexOf(cleaned.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a Base32 character at " + i);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >>> (bits - 8)));
                bits -= 8;
            }
        }
        return bytes.array();
    }

    /** The number of the 30-second step that holds this instant (RFC 6238's T). */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a step, with leading zeros. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /** RFC 4226 §5.3: HMAC-SHA1 of the step, dynamic truncation, the last {@code digits} decimal digits. */
    static String code(byte[] secret, long step, int digits) {
        if (digits < 1 || digits > 9) {
            throw new IllegalArgumentException("digits out of 1..9: " + digits);
        }
        byte[] hash = hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step whose code was typed, if it is the current one or one next to it. The caller keeps the last step it
     * accepted for the account and refuses a step not greater than it, so a code seen over a shoulder or replayed
     * cannot be used again.
     *
     * @param typed six digits; spaces (as in "123 456") are ignored
     */
    public static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        String digits = typed.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        // Every candidate is computed and compared in constant time: how long a refusal takes says nothing.
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            boolean equal = MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), given);
            if (equal && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /**
     * The Key Uri Format that authenticator apps read from a QR code:
     * {@code otpauth://totp/Issuer:account?secret=…&issuer=Issuer&algorithm=SHA1&digits=6&period=30}. Issuer and
     * account are percent-encoded (a space as {@code %20}, since {@code +} is not a space in a path), also the
     * issuer's own colons, so that the one colon left separates the two.
     */
    public static String otpauthUri(String issuer, String account, byte[] secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account)
                + "?secret=" + base32(secret)
                + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            // Every Java runtime has HmacSHA1.
            throw new IllegalStateException(e);
        }
    }
}
