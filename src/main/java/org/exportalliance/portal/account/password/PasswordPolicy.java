package org.exportalliance.portal.account.password;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which passwords may be set (ASVS 5.0 §6.2, NIST SP 800-63B §3.1.1.2): long enough, not on a list of common or
 * breached passwords, not made of the account's own facts, and not easy to guess by zxcvbn's estimate. There are no
 * composition rules: a long phrase of plain words, with spaces, in any script, is welcome.
 *
 * <p>The password is judged as typed: nothing is trimmed and nothing is normalised. Only the comparisons with the
 * common list and the account's facts look at it lower-cased (in the root locale) and without white space, and the
 * fact comparisons also without punctuation. Lengths count Unicode code points, so a character outside the Basic
 * Multilingual Plane (most emoji, rare Chinese characters) counts once, not twice.
 *
 * <p>zxcvbn's time grows steeply with length and with l33t-like characters (measured on JDK 25: up to 0.1 s for 48
 * characters, 0.5 s for 64, several seconds for 128), so it estimates only the first {@value #MEASURED_CHARS}
 * characters. That only errs towards refusal: a passphrase whose beginning is easy to guess is refused even if its
 * end is not. The other rules see the whole password.
 *
 * <p>Everything is read from the class path in the constructor, and a few warm-up estimates initialise zxcvbn's
 * classes: a later {@link #check} reads no file, so BlockHound has nothing to object to. It is CPU work of up to some
 * 100 ms for a hostile input, though, so callers run it where they hash the password, off the event loop. One
 * {@link Zxcvbn} serves all threads: it holds only the dictionaries and keyboards, in maps it never changes after
 * construction, and builds its matching state afresh on each call.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Far beyond any passphrase (ASVS asks that at least 64 be allowed); only a bound on the work per check. */
    public static final int MAX_LENGTH = 256;
    /** zxcvbn's score below which a password is too guessable: 3 means about 10^8 guesses or more. */
    static final int MIN_SCORE = 3;
    /** Facts shorter than this (a surname like 王 or "li") are too common as pieces of a passphrase to refuse. */
    static final int SHORTEST_FACT = 4;
    /** A password this close to a whole fact (in edits) is that fact, slightly varied. */
    static final int NEAR_FACT = 3;
    /** A single match in zxcvbn's password dictionary that leaves at most this many characters over is "common". */
    static final int COMMON_REMAINDER = 4;
    /** A password that is the account's own words with less than this left over is too similar to the account. */
    static final int OWN_WORDS_REMAINDER = 8;
    /** How much of a password zxcvbn estimates (UTF-16 units; see above). */
    static final int MEASURED_CHARS = 48;
    static final String COMMON_LIST = "/account/common-passwords.txt";

    private final Zxcvbn zxcvbn;
    private final Set<String> common;

    public PasswordPolicy() {
        // Reads all of zxcvbn's dictionaries and keyboard layouts now.
        this.zxcvbn = new Zxcvbn();
        this.common = Set.copyOf(readList(COMMON_LIST));
        // Initialises the classes a measure needs (each matcher, the scorer's calendar year, the feedback for weak
        // and strong passwords), so that the first real check loads nothing. Feedback texts are never asked for:
        // their bundles stay unread.
        zxcvbn.measure("1987-05-17 P4ssw0rd qwerty drowssap zyxwvu aaaa 2024", List.of("warm-up"));
        zxcvbn.measure("warm-up", List.of("warm-up"));
        zxcvbn.measure("Wq#8vL!m2Zr@Kx9", List.of());
    }

    /**
     * @param password as typed
     * @param userFacts what the account is known by: username, display name, e-mail address, firm names; blank ones
     *     are ignored
     */
    public PasswordVerdict check(String password, List<String> userFacts) {
        int length = password.codePointCount(0, password.length());
        if (length > MAX_LENGTH) {
            return PasswordVerdict.refused(PasswordProblem.TOO_LONG, 0);
        }
        List<Fact> facts = facts(userFacts);
        String measured = beginning(password);
        Strength strength = zxcvbn.measure(measured, zxcvbnInputs(userFacts, facts));
        int score = strength.getScore();
        if (length < MIN_LENGTH) {
            return PasswordVerdict.refused(PasswordProblem.TOO_SHORT, score);
        }
        Fact typed = Fact.of(password.toLowerCase(Locale.ROOT));
        if (common.contains(typed.squeezed()) || mostlyOnePasswordFromTheDictionary(strength, measured)) {
            return PasswordVerdict.refused(PasswordProblem.COMMON, score);
        }
        if (similarToAny(typed, facts) || mostlyOwnWords(typed, userFacts)) {
            return PasswordVerdict.refused(PasswordProblem.SIMILAR_TO_ACCOUNT, score);
        }
        if (score < MIN_SCORE) {
            return PasswordVerdict.refused(PasswordProblem.TOO_GUESSABLE, score);
        }
        return PasswordVerdict.accepted(score);
    }

    private static String beginning(String password) {
        if (password.length() <= MEASURED_CHARS) {
            return password;
        }
        int end = Character.isHighSurrogate(password.charAt(MEASURED_CHARS - 1)) ? MEASURED_CHARS - 1 : MEASURED_CHARS;
        return password.substring(0, end);
    }

    /**
     * zxcvbn's own list of common passwords, found as one match that leaves little over ("iloveyou2024",
     * "drowssap1234"): the list it ranks, also reversed, capitalised or in l33t.
     */
    private static boolean mostlyOnePasswordFromTheDictionary(Strength strength, String password) {
        for (Match match : strength.getSequence()) {
            if (match.pattern == Pattern.Dictionary && StandardDictionaries.PASSWORDS.equals(match.dictionaryName)
                    && match.tokenLength() >= password.length() - COMMON_REMAINDER) {
                return true;
            }
        }
        return false;
    }

    private static boolean similarToAny(Fact password, List<Fact> facts) {
        for (Fact fact : facts) {
            if (password.contains(fact) || password.near(fact)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the password is little more than words of the account's facts ("Xinchang Textile 2024!" for a user of
     * Xinchang Textile Machinery Co., Ltd.). zxcvbn knows these words too, but scores such a password high once
     * spaces separate them, and the whole-fact rule misses a firm name's parts.
     */
    private static boolean mostlyOwnWords(Fact password, List<String> userFacts) {
        List<String> words = new ArrayList<>();
        for (String typed : userFacts) {
            for (String word : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.codePointCount(0, word.length()) >= SHORTEST_FACT) {
                    words.add(word);
                }
            }
        }
        words.sort((a, b) -> b.length() - a.length());
        String left = password.squeezed();
        for (String word : words) {
            left = left.replace(word, "");
        }
        return left.length() < password.squeezed().length()
                && left.codePointCount(0, left.length()) < OWN_WORDS_REMAINDER;
    }

    /** The facts worth comparing: each one whole, and an e-mail address's local part on its own. */
    private static List<Fact> facts(List<String> userFacts) {
        Set<Fact> facts = new LinkedHashSet<>();
        for (String typed : userFacts) {
            String lower = typed.toLowerCase(Locale.ROOT);
            List<String> forms = new ArrayList<>(List.of(lower));
            int at = lower.lastIndexOf('@');
            if (at > 0) {
                forms.add(lower.substring(0, at));
            }
            for (String form : forms) {
                Fact fact = Fact.of(form);
                if (fact.length() >= SHORTEST_FACT) {
                    facts.add(fact);
                }
            }
        }
        return List.copyOf(facts);
    }

    /**
     * What zxcvbn should know as the user's own words: the facts whole and squeezed, and their words, so that a firm
     * name's "Xinchang" counts as known within "Xinchang Textile Machinery".
     */
    private static List<String> zxcvbnInputs(List<String> userFacts, List<Fact> facts) {
        Set<String> inputs = new LinkedHashSet<>();
        for (String typed : userFacts) {
            String lower = typed.toLowerCase(Locale.ROOT).strip();
            if (!lower.isEmpty()) {
                inputs.add(lower);
            }
            for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
                if (word.codePointCount(0, word.length()) >= 3) {
                    inputs.add(word);
                }
            }
        }
        for (Fact fact : facts) {
            inputs.add(fact.squeezed());
            inputs.add(fact.alphanumeric());
        }
        inputs.remove("");
        return List.copyOf(inputs);
    }

    private static Set<String> readList(String resource) {
        Set<String> entries = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = Fact.withoutSpaces(line.toLowerCase(Locale.ROOT));
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
