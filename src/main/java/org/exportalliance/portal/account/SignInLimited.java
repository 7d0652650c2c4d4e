package org.exportalliance.portal.account;

import java.time.Duration;

/** Too many failed sign-ins from the caller's network address, whatever the names; it may try again later. */
public final class SignInLimited extends SignInRefusedForNow {
    public SignInLimited(Duration retryAfter) {
        super("error.too-many-sign-ins-from-address", retryAfter);
    }
}
