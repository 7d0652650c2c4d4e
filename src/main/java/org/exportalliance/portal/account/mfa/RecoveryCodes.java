package org.exportalliance.portal.account.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One-time recovery codes for when the authenticator app is lost: ten at a time, each 80 random bits written as 16
 * characters of Crockford's Base32 in four groups ({@code 7KQ2-M9XD-4HRT-0WPZ}). That alphabet has no I, L, O or U,
 * so nothing read off paper is ambiguous; {@link #normalise} also reads the look-alikes I, L and O as 1, 1 and 0.
 *
 * <p>Only {@link #hash} of a code is stored. SHA-256 is enough here, unlike for passwords: a code is 80 random bits,
 * not something a person chose, so trying every code against a stolen hash takes 2^80 guesses, beyond reach however
 * fast the hash, and a slow hash would only slow down sign-ins.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    static final int BITS = 80;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int GROUP = 4;

    /** Ten different codes, grouped for reading. */
    public static List<String> generate(SecureRandom random) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < COUNT) {
            codes.add(newCode(random));
        }
        return List.copyOf(codes);
    }

    /** What a typed code is compared as: upper case, no hyphens or spaces, I and L read as 1, O as 0. */
    public static String normalise(String typed) {
        StringBuilder code = new StringBuilder(typed.length());
        typed.toUpperCase(Locale.ROOT).codePoints()
                .filter(c -> c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> switch (c) {
                    case 'I', 'L' -> '1';
                    case 'O' -> '0';
                    default -> c;
                })
                .forEach(code::appendCodePoint);
        return code.toString();
    }

    /** The SHA-256 of the normalised code: what is stored, and what a typed code's hash is compared with. */
    public static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime has SHA-256.
            throw new IllegalStateException(e);
        }
    }

    private static String newCode(SecureRandom random) {
        byte[] bytes = new byte[BITS / 8];
        random.nextBytes(bytes);
        StringBuilder code = new StringBuilder(BITS / 5 + BITS / 5 / GROUP);
        long buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (!code.isEmpty() && (code.length() + 1) % (GROUP + 1) == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt((int) (buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return code.toString();
    }
}
