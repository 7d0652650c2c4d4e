package org.exportalliance.portal.platform.db;

import java.net.ConnectException;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns database start-up failures into one readable line instead of a wall of stack trace. Boot prints the analysis
 * and logs the stack trace only at debug level.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseMisconfigured m) {
                return new FailureAnalysis(m.getMessage(), "Fix the database settings (see README, Configuration).", m);
            }
            if (t instanceof EmbeddedDatabaseFailed e) {
                return new FailureAnalysis("The embedded PostgreSQL could not start: " + e.getMessage(),
                        "Run as a non-root user, free the port (portal.embedded.port), or set SPRING_R2DBC_URL to use "
                                + "an external PostgreSQL (see README, Troubleshooting).", e);
            }
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || isPostgresConnectionFailure(t)) {
                return new FailureAnalysis("Cannot reach the database: " + t.getMessage(),
                        "Check SPRING_R2DBC_URL, SPRING_R2DBC_USERNAME and SPRING_R2DBC_PASSWORD, and that PostgreSQL "
                                + "is running and reachable.", t);
            }
        }
        return null;
    }

    private static boolean isPostgresConnectionFailure(Throwable t) {
        String name = t.getClass().getName();
        String state = t instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
        return name.equals("org.postgresql.util.PSQLException") && state != null
                && (state.startsWith("08") || state.equals("28P01") || state.equals("3D000"));
    }
}
