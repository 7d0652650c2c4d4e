package org.exportalliance.portal.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@PortalTest
class LiveEventsTest {

    @Autowired LiveEvents live;
    @Autowired PostgresListener listener;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;

    /** A notification sent while the listener is not listening is lost by design (a resync follows); wait for it. */
    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(30)).until(listener::isConnected);
    }

    @Test
    void an_event_published_in_a_committed_transaction_reaches_subscribers() {
        String topic = "test-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(1))
                .then(() -> tx.transactional(live.publish(topic, id)).block(Duration.ofSeconds(5)))
                .assertNext(event -> assertThat(event).isEqualTo(new LiveEvent(topic, id.toString())))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }

    /**
     * A view follows one record (a delegation, a recipient) among a topic's events. Events reach it on the thread that
     * delivered them, with no per-subscriber queue between the sink and the view's filter, so a burst for other
     * records cannot crowd out its one event (the sink drops what a subscriber has not asked for).
     */
    @Test
    void a_subscriber_filtering_for_one_record_hears_it_after_a_burst_for_others_on_the_delivering_thread() {
        String topic = "test-" + UUID.randomUUID();
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<LiveEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        reactor.core.Disposable following = live.stream(topic)
                .filter(e -> "mine".equals(e.id()))
                .onBackpressureLatest()
                .subscribe(e -> {
                    threads.add(Thread.currentThread().getName());
                    heard.add(e);
                });
        try {
            for (int i = 0; i < 10_000; i++) {
                live.deliver(new LiveEvent(topic, "other-" + i));
            }
            live.deliver(new LiveEvent(topic, "mine"));
            assertThat(heard).containsExactly(new LiveEvent(topic, "mine"));
            assertThat(threads).containsExactly(Thread.currentThread().getName());
        } finally {
            following.dispose();
        }
    }

    @Test
    void a_failing_arrival_hook_keeps_neither_the_other_hooks_nor_the_subscribers_from_the_event() {
        String topic = "test-" + UUID.randomUUID();
        java.util.concurrent.atomic.AtomicInteger later = new java.util.concurrent.atomic.AtomicInteger();
        live.onArrival(topic, () -> {
            throw new IllegalStateException("a broken hook");
        });
        live.onArrival(topic, later::incrementAndGet);
        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(2))
                .then(() -> live.deliver(new LiveEvent(topic, "first")))
                .then(() -> tx.transactional(AnotherInstance.announces(db, topic, "second"))
                        .block(Duration.ofSeconds(5)))
                .assertNext(event -> assertThat(event.id()).isEqualTo("first"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("second"))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        assertThat(later).hasValue(2);
    }

    @Test
    void an_event_of_a_rolled_back_transaction_never_leaves() {
        String topic = "test-" + UUID.randomUUID();
        String committed = UUID.randomUUID().toString();
        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(1))
                .then(() -> {
                    tx.transactional(live.publish(topic, "rolled-back")
                                    .then(Mono.error(new IllegalStateException("abort"))))
                            .onErrorComplete().block(Duration.ofSeconds(5));
                    tx.transactional(live.publish(topic, committed)).block(Duration.ofSeconds(5));
                })
                .assertNext(event -> assertThat(event.id()).isEqualTo(committed))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }

    @Test
    void a_change_published_along_its_events_commits_and_rolls_back_with_them() {
        String topic = "test-" + UUID.randomUUID();
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();
        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(2))
                .then(() -> {
                    tx.transactional(along(topic, rolledBack, "x", "y")
                                    .then(Mono.error(new IllegalStateException("abort"))))
                            .onErrorComplete().block(Duration.ofSeconds(5));
                    tx.transactional(along(topic, committed, "first", "second")).block(Duration.ofSeconds(5));
                })
                .assertNext(event -> assertThat(event.id()).isEqualTo("first"))
                .assertNext(event -> assertThat(event.id()).isEqualTo("second"))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        assertThat(entries(rolledBack)).isZero();
        assertThat(entries(committed)).isOne();
    }

    /** An audit entry for {@code subject}, and an event of {@code topic} for each of {@code ids}, in one statement. */
    private Mono<Void> along(String topic, String subject, String... ids) {
        return live.publishAlong(List.of("insert into audit_event (action, subject_type, subject_id) "
                        + "values ('test.published-along', 'test', :subject)"),
                spec -> spec.bind("subject", subject), topic, List.of(ids));
    }

    private long entries(String subject) {
        return db.sql("select count(*) from audit_event where subject_type = 'test' and subject_id = :subject")
                .bind("subject", subject).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
    }

    @Test
    void the_listener_reconnects_after_its_connection_is_killed_and_asks_for_a_resync() {
        String topic = "test-" + UUID.randomUUID();
        String after = UUID.randomUUID().toString();
        StepVerifier.create(live.stream(topic).take(2))
                .then(() -> db.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                        + PostgresListener.APPLICATION_NAME + "'").fetch().rowsUpdated().block(Duration.ofSeconds(5)))
                .assertNext(event -> assertThat(event.isResync()).isTrue())
                .then(() -> tx.transactional(live.publish(topic, after)).block(Duration.ofSeconds(5)))
                .assertNext(event -> assertThat(event.id()).isEqualTo(after))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        assertThat(listener.isConnected()).isTrue();
    }

    @Test
    void after_several_drops_in_a_row_the_listener_reconnects_each_time_and_events_flow_again() {
        for (int drop = 1; drop <= 3; drop++) {
            String topic = "test-" + UUID.randomUUID();
            String after = UUID.randomUUID().toString();
            StepVerifier.create(live.stream(topic).take(2))
                    .then(this::killListenerConnection)
                    .assertNext(event -> assertThat(event.isResync()).isTrue())
                    .then(() -> tx.transactional(live.publish(topic, after)).block(Duration.ofSeconds(5)))
                    .assertNext(event -> assertThat(event.id()).isEqualTo(after))
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
            assertThat(listener.isConnected()).as("connected again after drop %d", drop).isTrue();
        }
    }

    private void killListenerConnection() {
        db.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + PostgresListener.APPLICATION_NAME + "'").fetch().rowsUpdated().block(Duration.ofSeconds(5));
    }
}
