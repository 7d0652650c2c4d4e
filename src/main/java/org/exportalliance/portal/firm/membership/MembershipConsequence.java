package org.exportalliance.portal.firm.membership;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import reactor.core.publisher.Mono;

/**
 * What a feature does with a firm's records when the firm is suspended or its membership ends. Features above firm
 * implement it (claims end, places go back to the waitlist), so that membership needs to know none of them; staff see
 * every {@link #preview} before they confirm, and {@link #apply} runs in the same transaction as the change.
 */
public interface MembershipConsequence {

    /** What {@link #apply} would do now, counted. */
    Mono<List<ConsequenceLine>> preview(UUID firmId);

    /** Does it, on behalf of {@code staff}, within the caller's transaction. */
    Mono<Void> apply(Actor staff, UUID firmId);
}
