package org.exportalliance.portal.platform.db;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Whether this instance can reach its database, told by the pool's own attempts to open connections
 * ({@link ObservedConnections}): the first attempt that fails for a {@link DatabaseOutage} reason starts an outage,
 * the first that succeeds ends it. Each is logged once (a WARN, then an INFO with how long it lasted) instead of a
 * stack trace per request; {@link OutageLogFilter} keeps the libraries' traces of it out of the log too. While an
 * outage lasts, a probe opens a connection every {@link #PROBE_INTERVAL}, so the end is seen even when nobody sends
 * requests (a view waiting to reload, see {@link #whenAvailable()}).
 *
 * <p>Metrics: {@code portal.database.available} (1 or 0), {@code portal.database.outages} (count) and
 * {@code portal.database.outage.duration}.
 */
@Component
public class DatabaseAvailability {

    static final Duration PROBE_INTERVAL = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    private final Clock clock;
    private final AtomicReference<@Nullable Outage> current = new AtomicReference<>();
    private final AtomicInteger available;
    private final Counter outages;
    private final Timer durations;
    private final OutageLogFilter libraryTraces = new OutageLogFilter();

    /** One outage: when it began, a signal for its end, and the probe looking for that end. */
    private record Outage(Instant since, Sinks.Empty<Void> ended, Disposable.Swap probe) {}

    DatabaseAvailability(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.available = meters.gauge("portal.database.available", new AtomicInteger(1));
        this.outages = Counter.builder("portal.database.outages")
                .description("Times the database became unreachable").register(meters);
        this.durations = Timer.builder("portal.database.outage.duration")
                .description("How long the database stayed unreachable").register(meters);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(libraryTraces);
        }
    }

    @PreDestroy
    void stopFiltering() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getTurboFilterList().remove(libraryTraces);
        }
    }

    public boolean isAvailable() {
        return current.get() == null;
    }

    /** Completes when the database answers again; at once while it does. */
    public Mono<Void> whenAvailable() {
        Outage outage = current.get();
        return outage == null ? Mono.empty() : outage.ended().asMono();
    }

    /**
     * A connection attempt failed. Starts an outage when the failure says the database is unavailable and none is
     * going on; {@code connections} is what the probe retries with.
     */
    void connectFailed(Throwable error, ConnectionFactory connections) {
        if (current.get() != null || !DatabaseOutage.isCauseOf(error)) {
            return;
        }
        Outage outage = new Outage(clock.instant(), Sinks.empty(), Disposables.swap());
        if (!current.compareAndSet(null, outage)) {
            return;
        }
        available.set(0);
        outages.increment();
        log.warn("Database unavailable ({}); requests are answered 503 until it answers again", describe(error));
        outage.probe().update(probe(connections));
    }

    /** A connection was opened: ends the outage if there was one. */
    void connected() {
        Outage outage = current.getAndSet(null);
        if (outage == null) {
            return;
        }
        outage.probe().dispose();
        Duration lasted = Duration.between(outage.since(), clock.instant());
        available.set(1);
        durations.record(lasted);
        log.info("Database available again after {} s ({} library messages with a stack trace of it left out)",
                String.format(Locale.ROOT, "%.1f", lasted.toMillis() / 1000.0), libraryTraces.takeLeftOut());
        outage.ended().tryEmitEmpty();
    }

    /**
     * Opens and closes a connection every interval until one opens; its success ends the outage through
     * {@link #connected}.
     */
    private static Disposable probe(ConnectionFactory connections) {
        return Flux.interval(PROBE_INTERVAL)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.usingWhen(Mono.from(connections.create()),
                                connection -> Mono.just(true), Connection::close)
                        .timeout(PROBE_INTERVAL.multipliedBy(4))
                        .onErrorReturn(false), 1)
                .takeUntil(Boolean::booleanValue)
                .subscribe();
    }

    /** The innermost message, e.g. "Connection refused: localhost/127.0.0.1:5432"; never a stack trace. */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
