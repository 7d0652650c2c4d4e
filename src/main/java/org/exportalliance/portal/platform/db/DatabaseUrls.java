package org.exportalliance.portal.platform.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Converts and checks the database URLs the operator gives, so a typo fails with one clear line. */
final class DatabaseUrls {

    private DatabaseUrls() {}

    static void validateR2dbc(String url) {
        if (!url.startsWith("r2dbc:postgresql://")) {
            throw new DatabaseMisconfigured("SPRING_R2DBC_URL must look like r2dbc:postgresql://host:5432/database, but was '"
                    + url + "'");
        }
        try {
            URI uri = new URI(url.substring("r2dbc:".length()));
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new DatabaseMisconfigured("SPRING_R2DBC_URL needs a host and a database name, e.g. "
                        + "r2dbc:postgresql://db.example:5432/portal, but was '" + url + "'");
            }
        } catch (URISyntaxException e) {
            throw new DatabaseMisconfigured("SPRING_R2DBC_URL is not a valid URL: '" + url + "'");
        }
    }

    /**
     * Opens one JDBC connection to the external database before anything else starts, so that a wrong host,
     * password or database name stops the start-up with one line instead of a chain of bean failures.
     */
    static void checkReachable(String jdbcUrl, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "10");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, props)) {
            connection.isValid(5);
        } catch (SQLException e) {
            String cause = e.getCause() == null || e.getCause().getMessage() == null ? ""
                    : " (" + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage() + ")";
            throw new DatabaseMisconfigured("Cannot reach the database " + withoutCredentials(jdbcUrl) + ": "
                    + e.getMessage() + cause);
        }
    }

    private static String withoutCredentials(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    static String jdbcFromR2dbc(String r2dbcUrl) {
        return "jdbc:" + r2dbcUrl.substring("r2dbc:".length());
    }
}
