package org.exportalliance.portal.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Locks a username for {@link #LOCK} after {@value #MAX_FAILURES} failed sign-ins in a row (each within {@link #LOCK}
 * of the one before), at the UI's form login and the API's token endpoint alike.
 *
 * <p>For an account the count and the lock live on its database row ({@code app_user}, V20): every instance sees the
 * same lock, and a failure is one conditional UPDATE, so concurrent failures are all counted. Nothing is stored in the
 * database for a name that is not an account, so no amount of random names can fill or displace anything there.
 *
 * <p>Unknown names lock too, so that a lock does not tell an attacker which names are accounts; they are counted in a
 * bounded in-memory map on this instance. Flooding that map with random names only makes unknown names stop locking:
 * real accounts are never in it.
 */
@Component
class SignInLockout {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);
    /** Unknown names tracked per instance; past it the least recently used are forgotten. */
    static final int UNKNOWN_NAMES_TRACKED = 10_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final UserAccountRepository users;
    private final Clock clock;
    private final Cache<String, Failures> unknownNames = Caffeine.newBuilder()
            .maximumSize(UNKNOWN_NAMES_TRACKED)
            .expireAfterWrite(LOCK)
            .build();

    SignInLockout(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** How long the account is still locked, if it is. */
    Optional<Duration> lockedFor(Credentials account) {
        Instant now = clock.instant();
        Instant until = account.lockedUntil();
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** As {@link #lockedFor(Credentials)}, for a name that is no account. */
    Optional<Duration> lockedFor(String unknownName) {
        Failures f = unknownNames.getIfPresent(unknownName);
        Instant now = clock.instant();
        return f != null && f.lockedUntil().isAfter(now) ? Optional.of(Duration.between(now, f.lockedUntil()))
                : Optional.empty();
    }

    Mono<Void> failed(Credentials account) {
        Instant now = clock.instant();
        return users.recordFailedSignIn(account.account().id(), now, now.minus(LOCK), MAX_FAILURES, now.plus(LOCK))
                .then();
    }

    void failed(String unknownName) {
        Instant now = clock.instant();
        unknownNames.asMap().compute(unknownName, (name, old) -> {
            int count = old != null && old.last().isAfter(now.minus(LOCK)) ? old.count() + 1 : 1;
            Instant lockedUntil = count >= MAX_FAILURES ? now.plus(LOCK) : Instant.EPOCH;
            return new Failures(count, now, lockedUntil);
        });
    }

    /** A correct password ends the run of failures. */
    Mono<Void> succeeded(Credentials account) {
        return account.failures() == 0 ? Mono.empty() : users.clearFailedSignIns(account.account().id()).then();
    }

    /** Unknown names tracked now; for tests. */
    long unknownNamesTracked() {
        unknownNames.cleanUp();
        return unknownNames.estimatedSize();
    }

    /** The account whose sign-in is being checked, as the database holds it. */
    record Credentials(UserAccount account, String passwordHash, int failures, @Nullable Instant lockedUntil) {
        @Override
        public String toString() {
            return "Credentials[" + account.username() + "]";
        }
    }
}
