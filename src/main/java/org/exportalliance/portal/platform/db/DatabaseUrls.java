package org.exportalliance.portal.platform.db;

import java.net.URI;
import java.net.URISyntaxException;

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

    static String jdbcFromR2dbc(String r2dbcUrl) {
        return "jdbc:" + r2dbcUrl.substring("r2dbc:".length());
    }
}
