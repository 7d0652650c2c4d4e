package org.exportalliance.portal.firm.people;

import java.util.List;
import org.exportalliance.portal.account.password.PasswordPolicy;
import org.exportalliance.portal.account.password.PasswordVerdict;
import org.exportalliance.portal.platform.Workers;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks a new password against the {@link PasswordPolicy} and refuses it next to its field, with the reason. The
 * check guesses through dictionaries, so it runs on a computing worker rather than on the caller's thread.
 */
@Component
public class Passwords {

    private final PasswordPolicy policy;

    Passwords(PasswordPolicy policy) {
        this.policy = policy;
    }

    /** Completes when {@code password} is acceptable for a person known by {@code facts}; else {@link InvalidInput}. */
    public Mono<Void> check(String field, String password, List<String> facts) {
        return Workers.compute(() -> policy.check(password, facts))
                .flatMap(verdict -> verdict.acceptable() || verdict.problem() == null ? Mono.<Void>empty()
                        : Mono.error(new InvalidInput(List.of(new FieldProblem(field,
                                verdict.problem().messageKey())))));
    }

    /** The verdict for a strength hint while typing (the UI's thread; the check takes milliseconds). */
    public PasswordVerdict hint(String password, List<String> facts) {
        return policy.check(password, facts);
    }
}
