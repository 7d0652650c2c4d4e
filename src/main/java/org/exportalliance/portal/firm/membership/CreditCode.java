package org.exportalliance.portal.firm.membership;

import java.util.Locale;
import java.util.Optional;

/**
 * The Unified Social Credit Code (统一社会信用代码, GB 32100-2015) that every registered Chinese organisation has: 18
 * characters from 31 (digits and capitals without I, O, Z, S and V), where characters 3 to 8 are the administrative
 * division code (digits) and the 18th is a check character over the first 17. The database checks the same rule
 * (db/snippets/credit_code_valid.sql).
 *
 * <p>Only the shape and the check character are verified. The first two characters (registering authority and kind
 * of organisation) are not held to the lists the standard gives, which have grown since.
 */
public final class CreditCode {

    public static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 3^(i-1) mod 31 for positions 1 to 17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int DIVISION_FROM = 2;
    private static final int DIVISION_TO = 8;

    private CreditCode() {}

    /** What people type or paste, as the code is compared: no white space anywhere, upper case. */
    public static String normalise(String typed) {
        StringBuilder code = new StringBuilder(typed.length());
        typed.toUpperCase(Locale.ROOT).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(code::appendCodePoint);
        return code.toString();
    }

    /** Why a normalised code is not valid, or nothing if it is. Lower case is a bad character here. */
    public static Optional<CreditCodeProblem> problem(String code) {
        if (code.length() != LENGTH) {
            return Optional.of(CreditCodeProblem.WRONG_LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            boolean division = i >= DIVISION_FROM && i < DIVISION_TO;
            if (ALPHABET.indexOf(c) < 0 || (division && (c < '0' || c > '9'))) {
                return Optional.of(CreditCodeProblem.BAD_CHARACTER);
            }
        }
        if (code.charAt(LENGTH - 1) != checkCharacter(code)) {
            return Optional.of(CreditCodeProblem.BAD_CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /**
     * The 17 characters with their check character appended, for making valid codes (demo firms, tests).
     *
     * @throws IllegalArgumentException unless given 17 characters of the code's alphabet
     */
    public static String withCheckCharacter(String first17) {
        if (first17.length() != LENGTH - 1 || !first17.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not the first 17 characters of a credit code: " + first17);
        }
        return first17 + checkCharacter(first17);
    }

    /** GB 32100-2015 §5: 31 minus the weighted sum mod 31, where 31 itself becomes 0. */
    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
