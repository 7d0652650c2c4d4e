package org.exportalliance.portal.account;

import java.time.Duration;

/**
 * Too many failed sign-ins in a row for this username; it is locked for a few minutes. Unknown names lock the same
 * way, so a lock tells nothing about which accounts exist.
 */
public final class SignInLocked extends SignInRefusedForNow {
    public SignInLocked(Duration retryAfter) {
        super("error.too-many-attempts", retryAfter);
    }
}
