package org.exportalliance.portal.platform.db;

/** The operator's database settings are wrong; the message says what to fix. */
public class DatabaseMisconfigured extends RuntimeException {
    public DatabaseMisconfigured(String message) {
        super(message);
    }
}
