package org.exportalliance.portal.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@PortalTest
class LiveCacheTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired LiveEvents live;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;
    @Autowired ApplicationContext portal;

    private final AtomicInteger reads = new AtomicInteger();

    /** A cache whose answer to a key is the key and the number of the read that produced it. */
    private LiveCache<String, String> cache(String topic, long maxWeight) {
        return new LiveCache<>(live, topic, maxWeight, key -> 1,
                key -> Mono.delay(Duration.ofMillis(100)).map(tick -> key + "#" + reads.incrementAndGet()));
    }

    @Test
    void everybody_asking_the_same_question_at_once_shares_one_read_and_later_askers_get_the_kept_answer() {
        LiveCache<String, String> cache = cache("test-" + UUID.randomUUID(), 100);
        List<String> answers = Flux.range(0, 20).flatMap(i -> cache.get("page")).collectList().block(WAIT);
        assertThat(answers).hasSize(20).containsOnly("page#1");
        assertThat(cache.get("page").block(WAIT)).isEqualTo("page#1");
        assertThat(cache.get("other").block(WAIT)).isEqualTo("other#2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_change_committed_elsewhere_drops_the_answers_before_any_subscriber_of_the_topic_hears_of_it() {
        String topic = "test-" + UUID.randomUUID();
        LiveCache<String, String> cache = cache(topic, 100);
        assertThat(cache.get("page").block(WAIT)).isEqualTo("page#1");
        // What a view does on the event: read again. It must get a fresh answer, never the one read before.
        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(1)
                        .concatMap(event -> cache.get("page")))
                .then(() -> tx.transactional(AnotherInstance.announces(db, topic, "changed")).block(WAIT))
                .expectNext("page#2")
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void a_change_committed_here_drops_the_answers_before_the_change_returns() {
        String topic = "test-" + UUID.randomUUID();
        LiveCache<String, String> cache = cache(topic, 100);
        assertThat(cache.get("page").block(WAIT)).isEqualTo("page#1");
        ListenerPause.during(portal, () -> {
            tx.transactional(live.publish(topic, "changed")).block(WAIT);
            assertThat(cache.size()).isZero();
            assertThat(cache.get("page").block(WAIT)).isEqualTo("page#2");
        });
    }

    @Test
    void an_event_of_another_topic_keeps_the_answers() {
        String topic = "test-" + UUID.randomUUID();
        String other = "test-" + UUID.randomUUID();
        LiveCache<String, String> cache = cache(topic, 100);
        cache.get("page").block(WAIT);
        StepVerifier.create(live.stream(other).filter(e -> !e.isResync()).take(1).concatMap(e -> cache.get("page")))
                .then(() -> tx.transactional(live.publish(other, "changed")).block(WAIT))
                .expectNext("page#1")
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void a_failed_read_is_not_kept_and_the_next_asker_reads_again() {
        AtomicInteger attempts = new AtomicInteger();
        LiveCache<String, String> cache = new LiveCache<>(live, "test-" + UUID.randomUUID(), 100, key -> 1,
                key -> attempts.incrementAndGet() == 1 ? Mono.error(new IllegalStateException("database down"))
                        : Mono.just("fresh"));
        assertThatThrownBy(() -> cache.get("page").block(WAIT)).hasMessageContaining("database down");
        assertThat(cache.get("page").block(WAIT)).isEqualTo("fresh");
        assertThat(cache.get("page").block(WAIT)).isEqualTo("fresh");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void the_answers_kept_stay_within_their_weight_however_many_questions_are_asked() {
        LiveCache<String, String> cache = new LiveCache<>(live, "test-" + UUID.randomUUID(), 50, key -> 10,
                key -> Mono.just(key));
        Flux.range(0, 200).concatMap(i -> cache.get("question " + i)).blockLast(WAIT);
        assertThat(cache.size()).isBetween(1, 5);
    }
}
