package org.exportalliance.portal.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded PostgreSQL as part of the application context's lifecycle. It runs before the context starts (see
 * {@link EmbeddedPostgresEnvironment}) and stops in a phase below the web server's: on SIGTERM the web server first
 * finishes its graceful shutdown, so requests still in flight keep their database, and only then does PostgreSQL stop.
 */
final class EmbeddedPostgresServer implements SmartLifecycle {

    /** Lifecycles stop from the highest phase down: this one after the web server has stopped. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;

    private final EmbeddedPostgres postgres;
    private final AtomicBoolean stopped = new AtomicBoolean();

    EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    @Override
    public void start() {
        // Already running: the context's configuration needed its address before any bean existed.
    }

    @Override
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return !stopped.get();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * Not stopped when the context is only paused ({@code pause()}; Spring's test context cache pauses the contexts it
     * is not using): a stopped PostgreSQL would not start again, and the data must outlive a pause.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    int port() {
        return postgres.getPort();
    }
}
