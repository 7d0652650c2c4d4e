package org.exportalliance.portal.lead;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.membership.ConsequenceLine;
import org.exportalliance.portal.firm.membership.MembershipConsequence;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The leads a leaving firm shared stay shared: the buyer is known to the alliance now, other members may be working
 * it, and its contacts stay as hidden as they were. Nothing changes; staff are told how many.
 */
@Component
@Order(20)
class SharedLeadsOfLeavingFirm implements MembershipConsequence {

    private final LeadRepository leads;

    SharedLeadsOfLeavingFirm(LeadRepository leads) {
        this.leads = leads;
    }

    @Override
    public Mono<List<ConsequenceLine>> preview(UUID firmId) {
        return leads.countSharedBy(firmId)
                .map(n -> List.of(new ConsequenceLine("firm.consequence.shared-leads-stay", n)));
    }

    @Override
    public Mono<Void> apply(Actor staff, UUID firmId) {
        return Mono.empty();
    }
}
