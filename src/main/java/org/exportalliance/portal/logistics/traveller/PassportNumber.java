package org.exportalliance.portal.logistics.traveller;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Passport numbers as the ICAO 9303 document-number field has them: 6 to 9 letters A–Z and digits (Chinese
 * passports: {@code E12345678}, {@code EA1234567}). Typed spaces and lower case are tolerated and normalised away.
 */
public final class PassportNumber {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{6,9}");

    private PassportNumber() {}

    public static String normalise(String typed) {
        return typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return FORMAT.matcher(normalised).matches();
    }

    /** The first two and last two characters, the rest as stars: {@code E12345678} → {@code E1*****78}. */
    public static String mask(String number) {
        if (number.length() <= 4) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }
}
