package org.exportalliance.portal.account;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Secrets (tokens, links, second-factor keys, recovery codes) come from a DRBG seeded once. The platform's default
 * {@link SecureRandom} reads the entropy device on every call, which would block the reactive threads that make
 * secrets; a DRBG reads it only to seed itself, here, at start-up.
 */
public final class Randomness {

    private Randomness() {}

    public static SecureRandom seeded() {
        SecureRandom random;
        try {
            random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            random = new SecureRandom();
        }
        random.nextBytes(new byte[16]);
        return random;
    }
}
