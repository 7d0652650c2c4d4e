package org.exportalliance.portal.delegation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.membership.ConsequenceLine;
import org.exportalliance.portal.firm.membership.MembershipConsequence;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A leaving firm's applications to delegations that have not ended are withdrawn, as if the firm had withdrawn them:
 * pending ones leave the queue, and the places held by approved ones and open offers go to the waitlist at once. Its
 * applications to ended delegations, and its history, stay.
 */
@Component
@Order(30)
class PlacesOfLeavingFirm implements MembershipConsequence {

    private final ApplicationRepository applications;
    private final DelegationService delegations;

    PlacesOfLeavingFirm(ApplicationRepository applications, @Lazy DelegationService delegations) {
        this.applications = applications;
        this.delegations = delegations;
    }

    @Override
    public Mono<List<ConsequenceLine>> preview(UUID firmId) {
        return applications.openOfFirm(firmId).collectList().map(open -> List.of(
                new ConsequenceLine("firm.consequence.places-released",
                        open.stream().filter(a -> a.status().holdsPlace()).count()),
                new ConsequenceLine("firm.consequence.applications-withdrawn",
                        open.stream().filter(a -> !a.status().holdsPlace()).count())));
    }

    /** Withdrawn in the firm's name, by staff: the audit shows who. */
    @Override
    public Mono<Void> apply(Actor staff, UUID firmId) {
        Actor forFirm = new Actor(staff.userId(), firmId, staff.username(), Set.of(Role.MEMBER));
        return applications.openOfFirm(firmId)
                .concatMap(a -> delegations.withdraw(forFirm, a.id()))
                .then();
    }
}
