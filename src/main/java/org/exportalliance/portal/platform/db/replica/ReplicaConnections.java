package org.exportalliance.portal.platform.db.replica;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.time.Duration;
import org.exportalliance.portal.platform.db.DatabaseMisconfigured;
import org.exportalliance.portal.platform.db.PlainTextBinding;
import org.exportalliance.portal.platform.db.StaleConnectionRetry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The replica's own connection pool and {@link DatabaseClient}, built here rather than as beans: a second
 * {@code ConnectionFactory} bean would make Boot step back from the primary's. The pool gets the primary's checks of
 * bound text ({@link PlainTextBinding}) and of stale connections after a restart ({@link StaleConnectionRetry}), but
 * not its outage watch, which speaks for the primary only. The user name and password default to the primary's
 * (CloudNativePG gives both services the same credentials).
 */
@Component
class ReplicaConnections implements DisposableBean {

    /** Shown in the standby's pg_stat_activity, so an operator can tell these connections apart. */
    static final String APPLICATION_NAME = "portal-replica-reads";

    private final ReplicaSettings settings;
    private final @Nullable ConnectionPool pool;
    private final @Nullable DatabaseClient client;

    ReplicaConnections(@Value("${portal.db.replica.url:}") String url,
            @Value("${portal.db.replica.username:${spring.r2dbc.username:postgres}}") String username,
            @Value("${portal.db.replica.password:${spring.r2dbc.password:}}") String password,
            @Value("${portal.db.replica.max-lag:PT5S}") Duration maxLag,
            @Value("${portal.db.replica.check-interval:PT1S}") Duration checkInterval,
            @Value("${portal.db.replica.pool-size:10}") int poolSize) {
        this.settings = new ReplicaSettings(url.strip(), username, password, maxLag, checkInterval, poolSize);
        if (!settings.configured()) {
            this.pool = null;
            this.client = null;
            return;
        }
        if (!checkInterval.isPositive() || !maxLag.isPositive() || poolSize < 1) {
            throw new DatabaseMisconfigured("portal.db.replica.max-lag and check-interval must be positive, "
                    + "pool-size at least 1");
        }
        this.pool = new ConnectionPool(ConnectionPoolConfiguration.builder(PlainTextBinding.checking(driver(settings)))
                .name("replica")
                .initialSize(0)
                .maxSize(poolSize)
                // A standby that is down must turn a read back to the primary fast, not after the default 10 s.
                .maxCreateConnectionTime(Duration.ofSeconds(2))
                .maxAcquireTime(Duration.ofSeconds(3))
                .maxIdleTime(Duration.ofMinutes(10))
                .build());
        this.client = DatabaseClient.create(StaleConnectionRetry.retrying(pool));
    }

    private static ConnectionFactory driver(ReplicaSettings settings) {
        ConnectionFactoryOptions options;
        try {
            options = ConnectionFactoryOptions.parse(settings.url());
        } catch (IllegalArgumentException e) {
            throw new DatabaseMisconfigured("portal.db.replica.url is not an R2DBC URL "
                    + "(r2dbc:postgresql://host:port/database): " + e.getMessage());
        }
        ConnectionFactoryOptions.Builder builder = options.mutate()
                .option(Option.valueOf("applicationName"), APPLICATION_NAME)
                .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, Duration.ofSeconds(2));
        if (!options.hasOption(ConnectionFactoryOptions.USER)) {
            builder.option(ConnectionFactoryOptions.USER, settings.username());
        }
        if (!options.hasOption(ConnectionFactoryOptions.PASSWORD) && !settings.password().isEmpty()) {
            builder.option(ConnectionFactoryOptions.PASSWORD, settings.password());
        }
        return ConnectionFactories.get(builder.build());
    }

    ReplicaSettings settings() {
        return settings;
    }

    /** The replica's client, or null when no replica is configured. */
    @Nullable DatabaseClient client() {
        return client;
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.dispose();
        }
    }
}
