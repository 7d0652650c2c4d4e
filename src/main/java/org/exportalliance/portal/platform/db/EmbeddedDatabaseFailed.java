package org.exportalliance.portal.platform.db;

/** The embedded PostgreSQL could not start. */
public class EmbeddedDatabaseFailed extends RuntimeException {
    public EmbeddedDatabaseFailed(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
