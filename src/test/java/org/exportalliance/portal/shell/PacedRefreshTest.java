package org.exportalliance.portal.shell;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;

/** How a view paces its refreshes on live events ({@link UiCalls#subscribe}). */
class PacedRefreshTest {

    private static final Duration WINDOW = UiCalls.REFRESH_WINDOW;

    @Test
    void a_lone_change_refreshes_at_once_without_waiting_for_a_window() {
        TestPublisher<String> events = TestPublisher.create();
        StepVerifier.withVirtualTime(() -> UiCalls.paced(events.flux()))
                .then(() -> events.next("a"))
                .expectNext("a")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void a_burst_is_one_refresh_now_and_one_with_its_latest_change_when_the_window_has_passed() {
        TestPublisher<String> events = TestPublisher.createNoncompliant(TestPublisher.Violation.REQUEST_OVERFLOW);
        StepVerifier.withVirtualTime(() -> UiCalls.paced(events.flux()))
                .then(() -> events.next("first", "second", "third", "latest"))
                .expectNext("first")
                .expectNoEvent(WINDOW.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectNext("latest")
                .thenAwait(WINDOW)
                .then(() -> events.next("later"))
                .expectNext("later")
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }
}
