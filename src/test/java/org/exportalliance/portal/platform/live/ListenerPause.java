package org.exportalliance.portal.platform.live;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * Runs a test's steps while this instance hears no live events, as if every NOTIFY were still on its way: whatever the
 * steps see of their own changes, they see without the listener. The listener starts again afterwards (and resyncs,
 * as after any lost connection) and the steps' events are lost, so use it only where that is harmless.
 */
public final class ListenerPause {

    private ListenerPause() {}

    public static void during(ApplicationContext portal, Runnable steps) {
        PostgresListener listener = portal.getBean(PostgresListener.class);
        listener.stop();
        try {
            steps.run();
        } finally {
            listener.start();
            await().atMost(Duration.ofSeconds(30)).until(listener::isConnected);
        }
    }
}
