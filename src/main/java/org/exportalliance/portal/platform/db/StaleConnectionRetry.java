package org.exportalliance.portal.platform.db;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Closeable;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * After the database restarts, the pool still holds the connections it had before, all dead. r2dbc-pool checks an
 * idle connection when handing it out, but fails that request ("Connection validation failed") instead of trying the
 * next one; with few requests coming in (a person waiting on a page), each would fail in turn until every dead
 * connection had been drawn, long after the database is back. This wraps Boot's pool so that a request which draws a
 * dead connection goes on to the next one, and ends with a live connection or, while the database is away, with the
 * refused attempt to open a new one, which {@link DatabaseAvailability} sees.
 */
@Component
public class StaleConnectionRetry implements BeanPostProcessor {

    /** More than any pool here holds (spring.r2dbc.pool.max-size is 20); each check is local and instant. */
    static final int MAX_STALE = 64;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof ConnectionPool pool ? new Retrying(pool) : bean;
    }

    /** The same for a pool Boot does not build (the read replica's, {@code db.replica}). */
    public static ConnectionFactory retrying(ConnectionPool pool) {
        return new Retrying(pool);
    }

    /** The message r2dbc-pool (1.0) gives a connection that failed its check on the way out of the pool. */
    static boolean isStale(Throwable error) {
        return error instanceof R2dbcNonTransientResourceException
                && "Connection validation failed".equals(error.getMessage());
    }

    /** Boot's pool, as the application's connection factory; Boot's metrics and shutdown find the pool through it. */
    record Retrying(ConnectionPool pool) implements ConnectionFactory, Wrapped<ConnectionFactory>, Disposable,
            Closeable {

        @Override
        public Publisher<? extends Connection> create() {
            return Mono.defer(pool::create).retryWhen(Retry.max(MAX_STALE).filter(StaleConnectionRetry::isStale));
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return pool.getMetadata();
        }

        @Override
        public ConnectionFactory unwrap() {
            return pool;
        }

        @Override
        public void dispose() {
            pool.dispose();
        }

        @Override
        public boolean isDisposed() {
            return pool.isDisposed();
        }

        @Override
        public Publisher<Void> close() {
            return pool.close();
        }
    }
}
