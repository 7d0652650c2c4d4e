package org.exportalliance.portal.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand: the retry schedule's three days pass in no time. */
final class TestClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Never behind the real clock: what the portal wrote with the system clock is due by this one's now. */
    void catchUp() {
        Instant real = Instant.now();
        if (now.isBefore(real)) {
            now = real;
        }
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
