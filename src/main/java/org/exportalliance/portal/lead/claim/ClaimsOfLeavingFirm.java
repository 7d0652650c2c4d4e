package org.exportalliance.portal.lead.claim;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.membership.ConsequenceLine;
import org.exportalliance.portal.firm.membership.MembershipConsequence;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A leaving firm's open claims end (RELEASED, with a line in each claim's history): nobody of the firm can work the
 * buyers any more, and holding them would keep other members away from them.
 */
@Component
@Order(10)
class ClaimsOfLeavingFirm implements MembershipConsequence {

    static final String NOTE = "membership";

    private final ClaimRepository claims;
    private final LiveEvents live;
    private final Clock clock;

    ClaimsOfLeavingFirm(ClaimRepository claims, LiveEvents live, Clock clock) {
        this.claims = claims;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public Mono<List<ConsequenceLine>> preview(UUID firmId) {
        return claims.openOfFirm(firmId, OffsetDateTime.now(clock)).count()
                .map(n -> List.of(new ConsequenceLine("firm.consequence.claims-end", n)));
    }

    @Override
    public Mono<Void> apply(Actor staff, UUID firmId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return claims.openOfFirm(firmId, now)
                .concatMap(id -> claims.setStatus(id, firmId, EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED),
                                ClaimStatus.RELEASED, now)
                        .then(claims.event(id, now, staff.userId(), "RELEASED", null, null, NOTE))
                        .then(live.publish(ClaimService.TOPIC, id)))
                .then();
    }
}
