package org.exportalliance.portal.shell;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing at the UI login: after {@value #MAX_FAILURES} failures in a row a username is locked for
 * {@link #LOCK} on this instance. Per instance, in memory; enough to stop a script, not a distributed attack.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);

    private record Failures(int count, Instant last) {}

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Counter failed;

    LoginThrottle(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.failed = meters.counter("portal.login.failures");
    }

    boolean isLocked(String username) {
        Failures f = failures.get(username);
        if (f == null || f.count() < MAX_FAILURES) {
            return false;
        }
        if (f.last().plus(LOCK).isBefore(clock.instant())) {
            failures.remove(username, f);
            return false;
        }
        return true;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed.increment();
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        failures.merge(username, new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }
}
