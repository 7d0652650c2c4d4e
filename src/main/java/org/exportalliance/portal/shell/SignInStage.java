package org.exportalliance.portal.shell;

import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.account.mfa.SecondFactors;

/**
 * How far a sign-in has come. A password alone opens nothing but the next step: the code of an enrolled second factor,
 * then a new password where one is demanded (the bootstrapped staff account), then enrolment where a second factor is
 * required and missing. Each step has its page; every other page waits until the sign-in is COMPLETE.
 */
public enum SignInStage {
    SECOND_FACTOR("sign-in/code"),
    NEW_PASSWORD("sign-in/new-password"),
    ENROL_SECOND_FACTOR("sign-in/second-factor"),
    COMPLETE("");

    private final String path;

    SignInStage(String path) {
        this.path = path;
    }

    /** The route of the step's page. */
    public String path() {
        return path;
    }

    /** The step after the password, for an account as it is now; {@code factorVerified} once a code was accepted. */
    public static SignInStage next(UserAccount account, boolean factorVerified) {
        if (account.mfaEnrolled() && !factorVerified) {
            return SECOND_FACTOR;
        }
        if (account.mustChangePassword()) {
            return NEW_PASSWORD;
        }
        if (!account.mfaEnrolled() && SecondFactors.required(account)) {
            return ENROL_SECOND_FACTOR;
        }
        return COMPLETE;
    }
}
