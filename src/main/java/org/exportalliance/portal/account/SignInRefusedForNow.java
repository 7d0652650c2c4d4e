package org.exportalliance.portal.account;

import java.time.Duration;

/**
 * A sign-in refused before any password was checked, for a while: the caller may try again after
 * {@link #retryAfter()} (the API's {@code Retry-After}).
 */
public abstract sealed class SignInRefusedForNow extends RuntimeException permits SignInLocked, SignInLimited {

    private final Duration retryAfter;

    SignInRefusedForNow(String messageKey, Duration retryAfter) {
        super(messageKey, null, false, false);
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The message key, shared by the API's problem and the bundles. */
    public String messageKey() {
        return getMessage();
    }
}
