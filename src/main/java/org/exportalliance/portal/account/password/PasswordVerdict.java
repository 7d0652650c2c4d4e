package org.exportalliance.portal.account.password;

import org.jspecify.annotations.Nullable;

/**
 * What {@link PasswordPolicy} says about a password.
 *
 * @param acceptable whether the password may be set
 * @param problem why not, when it may not
 * @param score the strength to show, 0 (very weak) to 4 (very strong), with labels {@code password.strength.0} to
 *     {@code password.strength.4}; never above 2 for a refused password, so that a meter does not call strong what
 *     the form refuses
 */
public record PasswordVerdict(boolean acceptable, @Nullable PasswordProblem problem, int score) {

    public PasswordVerdict {
        if (acceptable != (problem == null)) {
            throw new IllegalArgumentException("a verdict names a problem exactly when it refuses");
        }
        if (score < 0 || score > 4) {
            throw new IllegalArgumentException("score out of 0..4: " + score);
        }
    }

    static PasswordVerdict accepted(int score) {
        return new PasswordVerdict(true, null, score);
    }

    static PasswordVerdict refused(PasswordProblem problem, int score) {
        return new PasswordVerdict(false, problem, Math.min(score, 2));
    }

    public String strengthMessageKey() {
        return "password.strength." + score;
    }
}
