package org.exportalliance.portal.platform.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Holds this instance's one dedicated LISTEN connection, outside the pool. When the connection drops it reconnects
 * with backoff and then tells subscribers to resynchronise, since notifications sent meanwhile are lost.
 */
@Component
class PostgresListener implements SmartLifecycle {

    static final String APPLICATION_NAME = "portal-live-listener";
    /**
     * Reconnect after 200 ms, doubling up to 1 s while the database stays away: a connection attempt is cheap, and live
     * updates should resume within about a second of the database's return.
     */
    static final RetryBackoffSpec RECONNECT = Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))
            .maxBackoff(Duration.ofSeconds(1))
            .transientErrors(true);
    /** Marks a connection that has started listening; it resets the backoff and is never delivered. */
    static final LiveEvent CONNECTED = new LiveEvent("connected", null);
    private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);

    private final LiveEvents events;
    private final ConnectionFactory connections;
    private final Counter received;
    private final Counter reconnects;
    private final AtomicLong connected = new AtomicLong();
    private final AtomicBoolean everConnected = new AtomicBoolean();
    private @Nullable Disposable subscription;

    PostgresListener(LiveEvents events, Environment env, MeterRegistry meters) {
        this.events = events;
        this.connections = ConnectionFactories.get(ConnectionFactoryOptions
                .parse(env.getRequiredProperty("spring.r2dbc.url"))
                .mutate()
                .option(ConnectionFactoryOptions.USER, env.getProperty("spring.r2dbc.username", ""))
                .option(ConnectionFactoryOptions.PASSWORD, env.getProperty("spring.r2dbc.password", ""))
                .option(Option.valueOf("applicationName"), APPLICATION_NAME)
                .build());
        this.received = meters.counter("portal.live.events.received");
        this.reconnects = meters.counter("portal.live.listener.reconnects");
        meters.gauge("portal.live.listener.connected", connected);
    }

    @Override
    public void start() {
        subscription = reconnecting(listen())
                .subscribe(events::deliver, error -> log.error("Live-event listener stopped", error));
    }

    /**
     * Subscribes to {@code connection} again whenever it fails, after the {@link #RECONNECT} backoff. The backoff
     * starts again from its shortest step once a connection has worked ({@code transientErrors}: a connection emits
     * {@link #CONNECTED} first), so the tenth drop since start-up is bridged as fast as the first. Logs the first
     * failed attempt of each drop, not every attempt.
     */
    static Flux<LiveEvent> reconnecting(Flux<LiveEvent> connection) {
        return connection
                .retryWhen(RECONNECT.doBeforeRetry(signal -> {
                    if (signal.totalRetriesInARow() == 0) {
                        log.warn("Live-event listener lost its connection ({}); reconnecting",
                                signal.failure().getMessage());
                    }
                }))
                .filter(event -> event != CONNECTED);
    }

    private Flux<LiveEvent> listen() {
        return Flux.usingWhen(
                Mono.from(connections.create()).cast(PostgresqlConnection.class),
                connection -> Flux.from(connection.createStatement("LISTEN " + LiveEvents.CHANNEL).execute())
                        .flatMap(result -> result.getRowsUpdated())
                        .then(Mono.fromRunnable(this::onConnected))
                        .thenMany(Flux.concat(Mono.just(CONNECTED), connection.getNotifications()
                                .map(notification -> {
                                    received.increment();
                                    String payload = notification.getParameter();
                                    return LiveEvent.decode(payload == null ? "" : payload);
                                })))
                        .concatWith(Mono.error(new IllegalStateException("listener connection closed"))),
                connection -> Mono.from(connection.close()).onErrorComplete())
                .doOnError(e -> connected.set(0));
    }

    private void onConnected() {
        connected.set(1);
        if (everConnected.getAndSet(true)) {
            reconnects.increment();
            log.info("Live-event listener reconnected; asking subscribers to resynchronise");
            events.deliver(new LiveEvent(LiveEvent.RESYNC, null));
        }
    }

    boolean isConnected() {
        return connected.get() == 1;
    }

    @Override
    public void stop() {
        if (subscription != null) {
            subscription.dispose();
        }
        connected.set(0);
    }

    @Override
    public boolean isRunning() {
        return subscription != null && !subscription.isDisposed();
    }
}
