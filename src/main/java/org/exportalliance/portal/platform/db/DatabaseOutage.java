package org.exportalliance.portal.platform.db;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import reactor.pool.PoolAcquireTimeoutException;

/**
 * The one place that decides whether a failure means "the database is not there right now" (stopped, restarting,
 * unreachable, out of connections) rather than a bug. Such a failure is answered 503 with {@code Retry-After} in the
 * API and "briefly unavailable" in the UI, and is not logged per request: {@link DatabaseAvailability} logs the outage
 * once when it starts and once when it ends.
 */
public final class DatabaseOutage {

    /** What a caller is told to wait before trying again ({@code Retry-After}); a restart takes seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * SQLSTATEs of a server that is going away or not accepting work: admin shutdown (57P01), crash shutdown (57P02),
     * cannot connect now, i.e. starting up or shutting down (57P03), too many connections (53300). Class 08 (connection
     * exceptions) is matched as a class.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {}

    /** Whether {@code error}, or anything in its cause chain, says the database is unavailable. */
    public static boolean isCauseOf(@Nullable Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (means(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean means(Throwable t) {
        return switch (t) {
            // r2dbc-postgresql: connection refused or closed, SQLSTATE class 08; Spring translates both kinds into
            // these two, and wraps any failure to obtain a connection in DataAccessResourceFailureException.
            case R2dbcNonTransientResourceException e -> true;
            case R2dbcTransientResourceException e -> true;
            case DataAccessResourceFailureException e -> true;
            case TransientDataAccessResourceException e -> true;
            // The pool gave up waiting for a connection (max-acquire-time / max-create-connection-time). A statement
            // timeout is an R2dbcTimeoutException too, but with SQLSTATE 57014 and no TimeoutException behind it.
            case R2dbcTimeoutException e when e.getCause() instanceof TimeoutException -> true;
            case R2dbcException e -> unavailable(e.getSqlState());
            case SQLException e -> unavailable(e.getSQLState());
            case ConnectException e -> true;
            case ClosedChannelException e -> true;
            case PoolAcquireTimeoutException e -> true;
            default -> false;
        };
    }

    private static boolean unavailable(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || UNAVAILABLE_STATES.contains(sqlState));
    }
}
