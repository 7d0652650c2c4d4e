package org.exportalliance.portal.account;

/** Too many failed sign-ins for this username; it is locked for a few minutes. */
public class SignInLocked extends RuntimeException {
    public SignInLocked() {
        super("error.too-many-attempts", null, false, false);
    }
}
