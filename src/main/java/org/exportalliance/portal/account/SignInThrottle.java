package org.exportalliance.portal.account;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing, at the UI's form login and the API's token endpoint alike: after {@value #MAX_FAILURES}
 * failures in a row a username is locked for {@link #LOCK} on this instance. Any string counts as a username, so a
 * lock tells nothing about which accounts exist. In memory and per instance: enough to stop a script, not a
 * distributed attack (that belongs to the proxy in front).
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);
    /** Past this many tracked names, expired entries are dropped, so random names cannot fill the memory. */
    private static final int TRACKED = 10_000;

    private record Failures(int count, Instant last) {}

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final MeterRegistry meters;

    SignInThrottle(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.meters = meters;
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(username);
        if (f == null || f.count() < MAX_FAILURES) {
            return false;
        }
        if (expired(f)) {
            failures.remove(username, f);
            return false;
        }
        return true;
    }

    /** A wrong password (or unknown name) through {@code channel} ("ui", "api"). */
    public void failed(String username, String channel) {
        meters.counter("portal.login.failures", "channel", channel).increment();
        if (failures.size() >= TRACKED) {
            failures.values().removeIf(this::expired);
        }
        if (failures.size() < TRACKED || failures.containsKey(username)) {
            failures.merge(username, new Failures(1, clock.instant()),
                    (old, one) -> new Failures(old.count() + 1, one.last()));
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }

    private boolean expired(Failures f) {
        return f.last().plus(LOCK).isBefore(clock.instant());
    }
}
