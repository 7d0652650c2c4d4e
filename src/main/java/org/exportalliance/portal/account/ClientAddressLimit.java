package org.exportalliance.portal.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts per client address, whatever names they try: each attempt takes a token from the address's
 * bucket ({@code portal.sign-in.address-failures} tokens, refilled over {@code portal.sign-in.address-period}); a
 * successful sign-in gives its token back, so only failures use the allowance up, and an office of many people behind
 * one address is not locked out by its own sign-ins. Taking the token before the password is checked bounds even
 * attempts sent all at once.
 *
 * <p>The address is the servlet request's remote address: the TCP peer, or the client named by a proxy's
 * {@code X-Forwarded-For} only where {@code server.forward-headers-strategy} says the proxy is trusted (see
 * docs/operations.md). IPv6 clients are limited per /64, which one subscriber usually holds whole.
 *
 * <p>The buckets are kept in a bounded map (least recently used forgotten first), so the memory stays bounded however
 * many addresses an attacker uses; the per-account lock ({@link SignInLockout}) holds regardless.
 */
@Component
class ClientAddressLimit {

    static final int ADDRESSES_TRACKED = 50_000;

    private final long failures;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    ClientAddressLimit(@Value("${portal.sign-in.address-failures:30}") long failures,
            @Value("${portal.sign-in.address-period:PT10M}") Duration period) {
        if (failures < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("portal.sign-in.address-failures must be at least 1 and "
                    + "portal.sign-in.address-period positive");
        }
        this.failures = failures;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(ADDRESSES_TRACKED).expireAfterAccess(period).build();
    }

    /** Takes one attempt from the address's allowance; empty when it may go ahead, else how long to wait. */
    Optional<Duration> tryAttempt(String address) {
        var probe = bucketOf(address).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Gives a successful attempt's token back. */
    void succeeded(String address) {
        Bucket bucket = buckets.getIfPresent(key(address));
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** Attempts the address has left now; for tests. */
    long remaining(String address) {
        Bucket bucket = buckets.getIfPresent(key(address));
        return bucket == null ? failures : bucket.getAvailableTokens();
    }

    /** Forgets an address's failures; for tests that must not leave 127.0.0.1 limited for the tests after them. */
    void forget(String address) {
        buckets.invalidate(key(address));
    }

    private Bucket bucketOf(String address) {
        return buckets.get(key(address), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, period))
                .build());
    }

    /** The address, or for IPv6 its /64; parsed as a literal only, never looked up in DNS. */
    static String key(String address) {
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        if (literal.indexOf(':') < 0) {
            return literal;
        }
        try {
            InetAddress parsed = InetAddress.ofLiteral(literal);
            if (parsed instanceof Inet6Address) {
                byte[] prefix = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(prefix, 8, 16, (byte) 0);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            return literal;
        }
    }
}
