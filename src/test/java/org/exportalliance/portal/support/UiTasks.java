package org.exportalliance.portal.support;

import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Browserless tests: async answers come back through {@code UI.access}, which these run in the test's thread. */
public final class UiTasks {

    private UiTasks() {}

    /** Runs the session's queued UI work until the condition holds, for at most 20 seconds (a loaded machine needs the margin). */
    public static void await(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            Thread.onSpinWait();
        }
    }
}
