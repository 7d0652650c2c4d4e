package org.exportalliance.portal.platform.refusal;

import java.util.List;
import org.exportalliance.portal.account.Actor;
import reactor.core.publisher.Mono;

/** The checks every service starts with, as the first step of its reactive chain. */
public final class Checks {

    private Checks() {}

    /** Completes for staff; {@link NotPermitted} for everybody else. */
    public static Mono<Void> staffOnly(Actor actor) {
        return actor.isStaff() ? Mono.empty() : Mono.error(new NotPermitted());
    }

    /** Completes when there are no problems; {@link InvalidInput} naming them otherwise. */
    public static Mono<Void> valid(List<FieldProblem> problems) {
        return problems.isEmpty() ? Mono.empty() : Mono.error(new InvalidInput(problems));
    }
}
