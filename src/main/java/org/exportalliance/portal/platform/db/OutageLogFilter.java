package org.exportalliance.portal.platform.db;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import reactor.netty.channel.AbortedException;

/**
 * Keeps the libraries' stack traces of a database going away out of the log: when PostgreSQL stops, every
 * transaction in flight has Spring log "Application exception overridden by rollback exception" and every pooled
 * connection has the driver log "Connection Error", each with a trace of a hundred lines. {@link DatabaseAvailability}
 * says it once instead, and counts what was left out. The portal's own loggers are not filtered: its code decides
 * itself what an outage is worth.
 */
final class OutageLogFilter extends TurboFilter {

    private final AtomicInteger leftOut = new AtomicInteger();

    @Override
    public FilterReply decide(@Nullable Marker marker, Logger logger, @Nullable Level level, @Nullable String format,
            Object @Nullable [] params, @Nullable Throwable thrown) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN)
                || logger.getName().startsWith("org.exportalliance.")) {
            return FilterReply.NEUTRAL;
        }
        Throwable error = thrown;
        if (error == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t) {
            error = t;
        }
        if (error == null || !(DatabaseOutage.isCauseOf(error) || isDriverConnectionLoss(logger, error))) {
            return FilterReply.NEUTRAL;
        }
        leftOut.incrementAndGet();
        return FilterReply.DENY;
    }

    /**
     * The driver's own "Connection Error": a socket to PostgreSQL broke (reset, broken pipe, closed before a send).
     * The statement on it fails, and is answered as an outage.
     */
    private static boolean isDriverConnectionLoss(Logger logger, Throwable error) {
        return logger.getName().startsWith("io.r2dbc.postgresql.")
                && (error instanceof IOException || error instanceof AbortedException);
    }

    /** How many messages were left out since the last call. */
    int takeLeftOut() {
        return leftOut.getAndSet(0);
    }
}
