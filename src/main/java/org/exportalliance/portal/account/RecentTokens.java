package org.exportalliance.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.exportalliance.portal.account.ApiTokenRepository.Holder;
import org.jspecify.annotations.Nullable;

/**
 * API tokens this instance checked in the last moment, with their accounts: a client calling many times a second
 * costs one database read a {@code recheck} instead of one a call. A revocation anywhere drops them all at once
 * ({@link ApiTokenService#forgetRecent}); any other change to an account (its roles, its firm's suspension) reaches its
 * tokens within {@code recheck}. Nothing here waits for a lock: a drop replaces the whole set.
 */
final class RecentTokens {

    /** More distinct tokens than this in one {@code recheck} are simply not kept until the next drop. */
    static final int MAX_KEPT = 10_000;

    private record Kept(Holder holder, long untilMillis) {}

    private final AtomicReference<ConcurrentHashMap<String, Kept>> kept =
            new AtomicReference<>(new ConcurrentHashMap<>());
    private final Clock clock;
    private final long recheckMillis;

    RecentTokens(Clock clock, Duration recheck) {
        this.clock = clock;
        this.recheckMillis = recheck.toMillis();
    }

    @Nullable Holder get(byte[] hash) {
        Kept found = kept.get().get(HexFormat.of().formatHex(hash));
        return found != null && clock.millis() < found.untilMillis() ? found.holder() : null;
    }

    void keep(byte[] hash, Holder holder) {
        ConcurrentHashMap<String, Kept> now = kept.get();
        if (recheckMillis > 0 && now.size() < MAX_KEPT) {
            long until = clock.millis() + recheckMillis;
            // Never past the token's own expiry.
            if (holder.expiresAt() != null) {
                until = Math.min(until, holder.expiresAt().toInstant().toEpochMilli());
            }
            now.put(HexFormat.of().formatHex(hash), new Kept(holder, until));
        }
    }

    void dropAll() {
        kept.set(new ConcurrentHashMap<>());
    }
}
