package org.exportalliance.portal.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the end-to-end tests find Chromium: the system property {@code chromium.path}, else the environment variable
 * {@code CHROMIUM_PATH}, else Debian's {@code /usr/bin/chromium}. The tests never let Playwright download a browser.
 */
public final class Chromium {

    public static final String PROPERTY = "chromium.path";
    public static final String ENVIRONMENT = "CHROMIUM_PATH";
    public static final String DEFAULT = "/usr/bin/chromium";

    private Chromium() {}

    public static Path path() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        return Path.of(configured == null || configured.isBlank() ? DEFAULT : configured.strip());
    }

    public static boolean isInstalled() {
        Path path = path();
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
