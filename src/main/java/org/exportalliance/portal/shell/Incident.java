package org.exportalliance.portal.shell;

import java.util.concurrent.ThreadLocalRandom;

/** Short references that tie what a user reports to a line in the log. */
final class Incident {

    private Incident() {}

    static String newReference() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36),
                36).toUpperCase(java.util.Locale.ROOT);
    }
}
