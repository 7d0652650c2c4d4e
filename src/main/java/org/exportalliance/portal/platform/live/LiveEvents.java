package org.exportalliance.portal.platform.live;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The live-event bus. {@link #publish} sends a PostgreSQL NOTIFY inside the caller's transaction, so an event leaves
 * only when its change commits, and reaches every app instance. Each instance's {@link PostgresListener} feeds what
 * arrives into one sink, which fans out to the open UIs, after the topic's {@link #onArrival} hooks have dropped what
 * the instance kept.
 *
 * <p>The NOTIFY comes back to the instance that sent it too, but only some milliseconds after the commit. So that the
 * caller's own next read already sees its change, {@link #publish} also runs the topic's hooks here as soon as the
 * transaction commits. Subscribers still hear the event once, when it arrives.
 */
@Service
public class LiveEvents {

    static final String CHANNEL = "portal_live";

    private final DatabaseClient db;
    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
    private final AtomicInteger subscribers;
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

    /** A quick, non-blocking action run as a topic's event arrives, before any subscriber hears of it. */
    private record Arrival(String topic, Runnable action) {

        boolean wants(LiveEvent event) {
            return event.isResync() || event.topic().equals(topic);
        }
    }

    /**
     * Runs a topic's hooks on this instance once the transaction that announced it commits. A transaction's
     * synchronizations are a set, and this is a value: however many events of the topic it sends, they run once.
     */
    private record ArrivalOnCommit(LiveEvents bus, String topic) implements TransactionSynchronization {

        @Override
        public Mono<Void> afterCommit() {
            return Mono.fromRunnable(() -> bus.arrive(new LiveEvent(topic, null)));
        }
    }

    LiveEvents(DatabaseClient db, MeterRegistry meters) {
        this.db = db;
        this.subscribers = meters.gauge("portal.live.subscribers", new AtomicInteger());
    }

    /**
     * Publishes within the current transaction; delivered to all instances on commit. This instance's hooks for the
     * topic run as soon as it commits (right after the statement, when there is no transaction).
     */
    public Mono<Void> publish(String topic, Object id) {
        return publishAll(topic, List.of(id));
    }

    /**
     * One event per id in one statement, within the current transaction (a bulk import announces each new row without
     * a round trip per row); delivered to all instances on commit, like {@link #publish}.
     */
    public Mono<Void> publishAll(String topic, Collection<?> ids) {
        return ids.isEmpty() ? Mono.empty() : publishAlong(List.of(), spec -> spec, topic, ids);
    }

    /**
     * Runs {@code changes} (inserts, updates or deletes sharing one set of named parameters, none called
     * {@code livePayloads}, bound by {@code binding}) and announces each of {@code ids} under {@code topic}, in one
     * statement and so one round trip: each change becomes a data-modifying {@code WITH} clause, which PostgreSQL runs
     * whether or not the query reads it (none sees the others' rows). Within the current transaction and delivered on
     * commit, like {@link #publish}.
     */
    public Mono<Void> publishAlong(List<String> changes, UnaryOperator<DatabaseClient.GenericExecuteSpec> binding,
            String topic, Collection<?> ids) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            sql.append(i == 0 ? "with " : ", ").append("change").append(i).append(" as (").append(changes.get(i))
                    .append(") ");
        }
        sql.append("select count(pg_notify('").append(CHANNEL).append("', p)) from unnest(cast(:livePayloads as ")
                .append("text[])) p");
        return binding.apply(db.sql(sql.toString()))
                .bind("livePayloads", ids.stream().map(id -> new LiveEvent(topic, id.toString()).encode())
                        .toArray(String[]::new))
                .then()
                .then(ids.isEmpty() ? Mono.empty() : arrivingHereOnCommit(topic));
    }

    /**
     * Events of one topic, plus resync signals, for as long as the subscriber stays. They arrive on the LISTEN
     * connection's event loop, so a subscriber must neither block nor do slow work there: views follow a stream through
     * {@code UiCalls.subscribe}, which keeps only the latest event and moves to a worker that may block.
     *
     * <p>No hop to a worker here: a hop queues events for each subscriber (a 256-slot queue per open view, kept for the
     * view's life: bench {@code session-heap}), and this sink drops what a subscriber has not asked for. A view that
     * filters after such a queue (one delegation, one recipient) could lose its one event behind a burst for others;
     * filtering and keeping the latest on the event loop asks for everything and loses nothing.
     */
    public Flux<LiveEvent> stream(String topic) {
        return sink.asFlux()
                .filter(event -> event.isResync() || event.topic().equals(topic))
                .doOnSubscribe(s -> subscribers.incrementAndGet())
                .doFinally(signal -> subscribers.decrementAndGet());
    }

    /**
     * Runs {@code action} on the listener's event loop when an event of {@code topic} (or a resync) arrives, before
     * the event reaches {@link #stream} subscribers: a cache dropped here is never read stale by a view that re-reads
     * because of the same event. On the instance that published the event it also runs as the change commits, on the
     * thread that committed it, so it runs there twice. The action must be quick and must not block.
     */
    public void onArrival(String topic, Runnable action) {
        arrivals.add(new Arrival(topic, action));
    }

    public int subscriberCount() {
        return subscribers.get();
    }

    void deliver(LiveEvent event) {
        arrive(event);
        sink.tryEmitNext(event);
    }

    /**
     * Registers the topic's hooks to run when the caller's transaction commits; none when it rolls back. Without a
     * transaction the statement has committed on its own, so they run now.
     */
    private Mono<Void> arrivingHereOnCommit(String topic) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isSynchronizationActive)
                .doOnNext(transaction -> transaction.registerSynchronization(new ArrivalOnCommit(this, topic)))
                .onErrorResume(NoTransactionException.class, e -> Mono.empty())
                .switchIfEmpty(Mono.fromRunnable(() -> arrive(new LiveEvent(topic, null))))
                .then();
    }

    private void arrive(LiveEvent event) {
        for (Arrival arrival : arrivals) {
            if (arrival.wants(event)) {
                runGuarded(arrival);
            }
        }
    }

    /** A hook that fails must not end the delivery of events to everybody else, nor fail a committed change. */
    private static void runGuarded(Arrival arrival) {
        try {
            arrival.action().run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(LiveEvents.class).error("Live-event hook for topic {} failed", arrival.topic(), e);
        }
    }
}
