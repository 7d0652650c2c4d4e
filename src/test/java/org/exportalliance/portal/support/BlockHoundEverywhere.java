package org.exportalliance.portal.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Installs BlockHound in every test JVM before the first test runs, so that the whole running portal (the API's
 * filters and handlers, the services, the database driver's event loops, the live-event fan-out, scheduled jobs) is
 * guarded in every test, not only the services in a suite of their own (rule 8; issue 13). A blocking call on a
 * non-blocking thread then fails the request or the test that made it.
 */
public final class BlockHoundEverywhere implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ReactiveGuard.install();
    }
}
