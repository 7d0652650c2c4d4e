package org.exportalliance.portal.platform.db;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Lets {@link DatabaseAvailability} watch every physical connection the pool opens. Boot applies this decorator to the
 * driver's connection factory beneath the pool, so a connection handed out again from the pool (possibly stale) never
 * counts as the database being back; only a connection newly opened does.
 */
@Component
class ObservedConnections implements ConnectionFactoryDecorator {

    private final DatabaseAvailability availability;

    ObservedConnections(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    public ConnectionFactory decorate(ConnectionFactory connections) {
        return new Observed(connections, availability);
    }

    private record Observed(ConnectionFactory delegate, DatabaseAvailability availability)
            implements ConnectionFactory, Wrapped<ConnectionFactory> {

        @Override
        public Publisher<? extends Connection> create() {
            return Mono.<Connection>from(delegate.create())
                    .doOnNext(connection -> availability.connected())
                    .doOnError(error -> availability.connectFailed(error, this));
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return delegate.getMetadata();
        }

        @Override
        public ConnectionFactory unwrap() {
            return delegate;
        }
    }
}
