package org.exportalliance.portal.platform.db;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Starts an embedded PostgreSQL without touching the other instances' directories. Every zonky start looks through
 * its working directory ({@code embedded-pg} in the system temporary directory, shared by every JVM on the machine)
 * for data directories left behind, and opens each one's lock file to see whether it is still held. Opening and
 * closing that file from a JVM that holds its lock releases the lock (POSIX record locks belong to the process), so a
 * build running at the same time then takes the shared test database of this JVM for abandoned and stops it. The
 * tests that start PostgreSQL of their own point that search at a directory of their own while they do.
 */
final class OwnZonkyDirectory {

    static final String PROPERTY = "ot.epg.working-dir";
    static final Path DIRECTORY = Path.of("target", "embedded-pg-own").toAbsolutePath();

    private OwnZonkyDirectory() {}

    static synchronized <T> T during(Callable<T> start) throws Exception {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, DIRECTORY.toString());
        try {
            return start.call();
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }
}
