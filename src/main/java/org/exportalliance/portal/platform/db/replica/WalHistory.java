package org.exportalliance.portal.platform.db.replica;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * The primary's flushed WAL position as sampled by each check, kept for a while, to tell how far behind the replica
 * is by its replayed position alone. A sample (t, p) says every transaction committed before t is at or below p; a
 * replica that has replayed p holds all of them, so it is at most {@code now - t} behind. The newest such sample
 * gives the bound. Unlike {@code now() - pg_last_xact_replay_timestamp()}, this does not grow while the primary is
 * idle, and it does not depend on the two servers' clocks (decision 34).
 */
final class WalHistory {

    private record Sample(Instant at, long position) {}

    private final Duration keep;
    private final Deque<Sample> samples = new ArrayDeque<>();

    /** Keeps samples for {@code keep}: a lag longer than that is only known to be longer. */
    WalHistory(Duration keep) {
        this.keep = keep;
    }

    synchronized void add(Instant at, long position) {
        samples.addFirst(new Sample(at, position));
        // Keeps the newest sample older than the window too, so a lag just past the window is still measured.
        while (samples.size() > 2 && Duration.between(secondOldest().at(), at).compareTo(keep) > 0) {
            samples.removeLast();
        }
    }

    private Sample secondOldest() {
        Iterator<Sample> older = samples.descendingIterator();
        older.next();
        return older.next();
    }

    /**
     * How far behind a replica that has replayed up to {@code replayed} is at most, as of {@code now}; null when it
     * has not even reached the oldest sample kept (then it is further behind than {@link #since}).
     */
    synchronized @Nullable Duration lag(long replayed, Instant now) {
        for (Sample sample : samples) {
            if (replayed >= sample.position()) {
                Duration lag = Duration.between(sample.at(), now);
                return lag.isNegative() ? Duration.ZERO : lag;
            }
        }
        return null;
    }

    /** How long ago the oldest sample was taken: what a replica behind all of them is at least behind. */
    synchronized Duration since(Instant now) {
        Sample oldest = samples.peekLast();
        return oldest == null ? Duration.ZERO : Duration.between(oldest.at(), now);
    }
}
