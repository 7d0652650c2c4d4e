package org.exportalliance.portal.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The instance that publishes an event runs the topic's arrival hooks itself as the change commits. Most tests here
 * publish through a bus of their own that no listener feeds, so every hook run they see is the one on commit, never
 * the event coming back.
 */
@PortalTest
class ArrivalOnCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired LiveEvents live;
    @Autowired PostgresListener listener;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;

    private final String topic = "test-" + UUID.randomUUID();
    private final AtomicInteger runs = new AtomicInteger();
    private LiveEvents unheard;

    @BeforeEach
    void aBusNoListenerFeeds() {
        unheard = new LiveEvents(db, new SimpleMeterRegistry());
        unheard.onArrival(topic, runs::incrementAndGet);
    }

    @Test
    void a_hook_runs_as_the_publishing_transaction_commits_and_not_before() {
        AtomicInteger runsInside = new AtomicInteger(-1);
        tx.transactional(unheard.publish(topic, "changed").then(Mono.fromRunnable(() -> runsInside.set(runs.get()))))
                .block(WAIT);
        assertThat(runsInside).as("while the transaction is open").hasValue(0);
        assertThat(runs).as("once it has committed").hasValue(1);
    }

    @Test
    void a_hook_does_not_run_when_the_publishing_transaction_rolls_back() {
        tx.transactional(unheard.publish(topic, "rolled-back").then(Mono.error(new IllegalStateException("abort"))))
                .onErrorComplete().block(WAIT);
        assertThat(runs).hasValue(0);
        tx.transactional(unheard.publish(topic, "committed")).block(WAIT);
        assertThat(runs).as("a later committed change still runs it").hasValue(1);
    }

    @Test
    void without_a_transaction_a_hook_runs_right_after_the_statement() {
        unheard.publish(topic, "auto-committed").block(WAIT);
        assertThat(runs).hasValue(1);
        unheard.publishAll(topic, List.of("a", "b")).block(WAIT);
        assertThat(runs).hasValue(2);
    }

    @Test
    void a_transaction_that_announces_a_topic_many_times_runs_its_hooks_once() {
        tx.transactional(unheard.publish(topic, "one").then(unheard.publish(topic, "two"))
                .then(unheard.publishAll(topic, List.of("three", "four")))).block(WAIT);
        assertThat(runs).hasValue(1);
    }

    @Test
    void an_inner_transactional_step_runs_the_hooks_only_when_the_outer_transaction_commits() {
        AtomicInteger runsAfterInner = new AtomicInteger(-1);
        tx.transactional(tx.transactional(unheard.publish(topic, "inner"))
                        .then(Mono.fromRunnable(() -> runsAfterInner.set(runs.get()))))
                .block(WAIT);
        assertThat(runsAfterInner).hasValue(0);
        assertThat(runs).hasValue(1);
    }

    @Test
    void a_failing_hook_neither_fails_the_committed_change_nor_keeps_the_other_hooks_from_running() {
        LiveEvents bus = new LiveEvents(db, new SimpleMeterRegistry());
        bus.onArrival(topic, () -> {
            throw new IllegalStateException("a broken hook");
        });
        bus.onArrival(topic, runs::incrementAndGet);
        tx.transactional(bus.publish(topic, "changed").thenReturn("done")).as(StepVerifier::create)
                .expectNext("done")
                .verifyComplete();
        assertThat(runs).hasValue(1);
    }

    @Test
    void subscribers_on_the_publishing_instance_hear_each_event_once_while_its_hooks_run_on_commit_and_on_arrival() {
        await().atMost(Duration.ofSeconds(30)).until(listener::isConnected);
        AtomicInteger hooks = new AtomicInteger();
        live.onArrival(topic, hooks::incrementAndGet);
        StepVerifier.create(live.stream(topic).filter(event -> !event.isResync()))
                .then(() -> tx.transactional(live.publish(topic, "in-a-transaction")).block(WAIT))
                .then(() -> live.publish(topic, "on-its-own").block(WAIT))
                .assertNext(event -> assertThat(event.id()).isEqualTo("in-a-transaction"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("on-its-own"))
                // Arrival runs the hooks before it emits: both events have been through them by now.
                .then(() -> assertThat(hooks).as("on commit and on arrival, for each event").hasValue(4))
                .expectNoEvent(Duration.ofSeconds(1))
                .thenCancel()
                .verify(Duration.ofSeconds(30));
    }
}
