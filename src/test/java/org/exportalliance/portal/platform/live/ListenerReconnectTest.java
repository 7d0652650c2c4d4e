package org.exportalliance.portal.platform.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The listener's reconnect policy on virtual time: a connection that works for a while and then drops, again and
 * again, as the LISTEN connection does through a series of database restarts.
 */
class ListenerReconnectTest {

    private static final Duration CONNECTION_LIFETIME = Duration.ofSeconds(30);

    @Test
    void every_drop_is_bridged_after_the_shortest_wait_however_many_drops_came_before() {
        List<Long> waits = new CopyOnWriteArrayList<>();
        AtomicLong droppedAt = new AtomicLong(-1);
        int drops = 8;

        StepVerifier.withVirtualTime(() -> {
                    VirtualTimeScheduler clock = VirtualTimeScheduler.get();
                    // Like PostgresListener.listen(): CONNECTED once LISTEN works, then notifications until it drops.
                    Flux<LiveEvent> connection = Flux.defer(() -> {
                        long now = clock.now(TimeUnit.MILLISECONDS);
                        if (droppedAt.get() >= 0) {
                            waits.add(now - droppedAt.get());
                        }
                        return Flux.concat(Mono.just(PostgresListener.CONNECTED),
                                Mono.delay(CONNECTION_LIFETIME).then(Mono.fromRunnable(
                                        () -> droppedAt.set(clock.now(TimeUnit.MILLISECONDS)))),
                                Mono.error(new IOException("terminating connection due to administrator command")));
                    });
                    return PostgresListener.reconnecting(connection);
                })
                .thenAwait(CONNECTION_LIFETIME.plusSeconds(5).multipliedBy(drops))
                .thenCancel()
                .verify(Duration.ofSeconds(10));

        assertThat(waits).hasSizeGreaterThanOrEqualTo(drops);
        // The first backoff step is 200 ms with 50 % jitter. Without a reset after a working connection the steps of
        // all earlier drops add up (400, 800, then 1000 ms), and live updates would wait that long to resume.
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isBetween(100L, 300L));
    }

    @Test
    void the_marker_of_a_working_connection_never_reaches_subscribers() {
        StepVerifier.create(PostgresListener.reconnecting(
                        Flux.just(PostgresListener.CONNECTED, new LiveEvent("fair", "42"))))
                .expectNext(new LiveEvent("fair", "42"))
                .verifyComplete();
    }
}
