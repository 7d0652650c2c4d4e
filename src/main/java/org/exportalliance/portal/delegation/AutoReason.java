package org.exportalliance.portal.delegation;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reasons the portal gives itself (FIFO, allocation runs, offers) are stored as a message key with arguments, so each
 * reader sees them in their own language; reasons staff type are stored as typed.
 */
public final class AutoReason {

    static final String PREFIX = "auto:";
    private static final String SEPARATOR = "|";

    private AutoReason() {}

    static String of(String key, Object... args) {
        return PREFIX + key + (args.length == 0 ? ""
                : SEPARATOR + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(SEPARATOR)));
    }

    /** Whether the portal gave this reason itself (a message key), rather than staff in their own words. */
    static boolean isAutomatic(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** The reason in the reader's language; {@code translate} resolves a key with arguments. */
    public static String render(@Nullable String stored, BiFunction<String, Object[], String> translate) {
        if (stored == null) {
            return "";
        }
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        String[] parts = stored.substring(PREFIX.length()).split("\\|", -1);
        return translate.apply(parts[0], Arrays.copyOfRange(parts, 1, parts.length, Object[].class));
    }
}
