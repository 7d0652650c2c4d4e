package org.exportalliance.portal.platform.db.replica;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether lag-tolerant reads go to the replica now, and why (not). The lag check ({@link LagCheck}) and failed reads
 * ({@link LagTolerantReads}) move it; a change is logged once. Metrics: {@code portal.db.replica.in.use} (1 or 0) and
 * {@code portal.db.replica.lag} (seconds behind at most; NaN while unknown).
 */
@Component
class ReplicaState {

    /** The state: in use or not, the reason in words (for the health details and the log), the lag if known. */
    record Status(boolean inUse, String reason, @Nullable Duration lag, Instant since) {}

    private static final Logger log = LoggerFactory.getLogger(ReplicaState.class);

    private final Clock clock;
    private final Duration maxLag;
    private final AtomicReference<Status> current;

    ReplicaState(ReplicaConnections connections, Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.maxLag = connections.settings().maxLag();
        this.current = new AtomicReference<>(new Status(false,
                connections.settings().configured() ? "not checked yet" : "no replica configured", null,
                clock.instant()));
        Gauge.builder("portal.db.replica.in.use", this, state -> state.inUse() ? 1 : 0)
                .description("Whether lag-tolerant reads go to the read replica (1) or to the primary (0)")
                .register(meters);
        Gauge.builder("portal.db.replica.lag", this, ReplicaState::lagSeconds).baseUnit("seconds")
                .description("How far the read replica is behind the primary at most; NaN while unknown")
                .register(meters);
    }

    Status current() {
        return current.get();
    }

    boolean inUse() {
        return current.get().inUse();
    }

    Duration maxLag() {
        return maxLag;
    }

    /** The check measured the lag: in use while it is within max-lag. */
    void measured(Duration lag) {
        if (lag.compareTo(maxLag) <= 0) {
            set(new Status(true, "within " + seconds(maxLag) + " s of the primary", lag, clock.instant()));
        } else {
            fallBack("behind the primary by " + seconds(lag) + " s, more than " + seconds(maxLag) + " s", lag);
        }
    }

    /** The standby is behind every position still remembered: at least {@code atLeast}. */
    void behindAtLeast(Duration atLeast) {
        fallBack("behind the primary by more than " + seconds(atLeast) + " s", null);
    }

    /** A check or a read could not use the replica (connection refused, timed out, ...). */
    void unreachable(String why) {
        fallBack("unreachable: " + why, null);
    }

    private void fallBack(String reason, @Nullable Duration lag) {
        set(new Status(false, reason, lag, clock.instant()));
    }

    private void set(Status next) {
        Status before = current.getAndUpdate(now -> now.inUse() == next.inUse()
                ? new Status(next.inUse(), next.reason(), next.lag(), now.since()) : next);
        if (before.inUse() && !next.inUse()) {
            log.warn("Read replica not used, reads go to the primary: {}", next.reason());
        } else if (!before.inUse() && next.inUse()) {
            log.info("Read replica in use ({}); before, since {}: {}", next.reason(), before.since(),
                    before.reason());
        }
    }

    private double lagSeconds() {
        Duration lag = current.get().lag();
        return lag == null ? Double.NaN : lag.toMillis() / 1000.0;
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
