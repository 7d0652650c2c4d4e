package org.exportalliance.portal.account.password;

import java.util.Locale;

/** Why a password is refused. Each has a message in the bundles ({@code password.problem.too-short}, …). */
public enum PasswordProblem {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    SIMILAR_TO_ACCOUNT,
    TOO_GUESSABLE;

    public String messageKey() {
        return "password.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
