package org.exportalliance.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What follows work handed to {@link Workers} never runs on an interrupted thread, even when the work fails at once
 * (issue 13: Tomcat closed the connection of 1–7 % of refused lead imports without an answer, because the answer was
 * written on a worker that Reactor interrupted while disposing the task).
 */
class WorkersTest {

    private static final int TRIES = 20_000;

    private static final Callable<String> REFUSED = () -> {
        throw new IllegalArgumentException("refused at once");
    };

    @Test
    void a_failure_that_comes_at_once_is_handled_on_a_thread_nobody_interrupts() {
        assertThat(interruptedHandlers(() -> Workers.call(REFUSED))).isZero();
        assertThat(interruptedHandlers(() -> Workers.compute(REFUSED))).isZero();
    }

    @Test
    void so_is_a_result() {
        assertThat(interruptedHandlers(() -> Workers.call(() -> "ok"))).isZero();
    }

    @Test
    void run_completes_after_its_work() {
        AtomicInteger done = new AtomicInteger();
        Workers.run(done::incrementAndGet).block(Duration.ofSeconds(10));
        assertThat(done).hasValue(1);
    }

    /** How many of many subscribers, each subscribing from a thread of its own, handled the outcome interrupted. */
    static long interruptedHandlers(Supplier<Mono<String>> offloaded) {
        return Flux.range(0, TRIES)
                .flatMap(i -> Mono.defer(offloaded)
                        .map(v -> Thread.currentThread().isInterrupted())
                        .onErrorResume(e -> Mono.fromSupplier(() -> Thread.currentThread().isInterrupted()))
                        .subscribeOn(Schedulers.parallel()), 8)
                .filter(interrupted -> interrupted)
                .count()
                .block(Duration.ofMinutes(1));
    }
}
