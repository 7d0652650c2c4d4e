package org.exportalliance.portal.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/** Start-up seeding of a found target: once however many instances start together, and not at all without one. */
@PortalTest
class SeedOnceTest {

    @Autowired SeedOnce seeding;

    @Test
    void two_instances_starting_together_seed_a_target_once() throws Exception {
        long lock = 7_199_001L;
        AtomicInteger seeded = new AtomicInteger();
        List<String> seenBy = new CopyOnWriteArrayList<>();
        Runnable start = () -> seeding.run(lock, Mono.just("the demo delegation"),
                target -> Mono.fromCallable(() -> seeded.get() == 0),
                // Slow enough that the other instance asks while this one still holds the lock.
                target -> Mono.delay(Duration.ofMillis(300))
                        .then(Mono.fromRunnable(() -> {
                            seenBy.add(target);
                            seeded.incrementAndGet();
                        })));

        CompletableFuture<Void> a = CompletableFuture.runAsync(start);
        CompletableFuture<Void> b = CompletableFuture.runAsync(start);
        CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);

        assertThat(seeded).hasValue(1);
        assertThat(seenBy).containsExactly("the demo delegation");
    }

    @Test
    void without_a_target_nothing_is_asked_or_seeded() {
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger seeded = new AtomicInteger();

        seeding.run(7_199_002L, Mono.<String>empty(),
                target -> Mono.fromCallable(() -> asked.incrementAndGet() > 0),
                target -> Mono.fromRunnable(seeded::incrementAndGet));

        assertThat(asked).hasValue(0);
        assertThat(seeded).hasValue(0);
    }

    @Test
    void a_target_whose_data_is_there_is_left_alone() {
        AtomicInteger seeded = new AtomicInteger();

        seeding.run(7_199_003L, Mono.just(42), target -> Mono.just(target != 42),
                target -> Mono.fromRunnable(seeded::incrementAndGet));

        assertThat(seeded).hasValue(0);
    }
}
