package org.exportalliance.portal.notification.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When to try a webhook delivery again. The first attempt goes at once; after each failed one the next waits the
 * following delay of the list; after the last one the delivery is given up. {@link #STANDARD} is the schedule of the
 * Standard Webhooks specification (and issue 16): immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h,
 * ten attempts over about three days. A receiver's {@code Retry-After} may lengthen a wait, never shorten it, and
 * counts for at most the longest delay of the schedule, so that no answer can park a delivery for a year.
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24)));

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a schedule has at least one delay, none negative");
        }
    }

    /** How many attempts the schedule makes in all. */
    public int attempts() {
        return delays.size();
    }

    /** Whether a delivery that has failed {@code attemptsMade} times is given up. */
    public boolean givesUp(int attemptsMade) {
        return attemptsMade >= delays.size();
    }

    /**
     * The wait before the next attempt, once {@code attemptsMade} attempts have failed ({@code 0}: the first attempt,
     * at once), honouring the receiver's {@code retryAfter}; empty when the delivery is given up.
     */
    public Optional<Duration> next(int attemptsMade, @Nullable Duration retryAfter) {
        if (attemptsMade < 0) {
            throw new IllegalArgumentException("attempts made: " + attemptsMade);
        }
        if (givesUp(attemptsMade)) {
            return Optional.empty();
        }
        Duration scheduled = delays.get(attemptsMade);
        if (retryAfter == null || retryAfter.isNegative()) {
            return Optional.of(scheduled);
        }
        Duration cap = delays.stream().max(Duration::compareTo).orElseThrow();
        Duration asked = retryAfter.compareTo(cap) > 0 ? cap : retryAfter;
        return Optional.of(asked.compareTo(scheduled) > 0 ? asked : scheduled);
    }

    /** The time from the first attempt to the last. */
    public Duration span() {
        return delays.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
