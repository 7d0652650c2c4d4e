package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

@PortalTest
class AllocationServiceTest {

    @Autowired AllocationService allocation;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;

    @Test
    void a_scored_run_decides_every_submitted_application_by_score_with_reasons() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 1, "30", 6, AllocationPolicy.SCORED);
        DelegationApplication a = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        DelegationApplication b = delegations.apply(actors.member2(), d.id(), Delegations.application(2, "18"))
                .block();
        allocation.score(actors.member(), b.id(), 9).as(StepVerifier::create).expectError(NotPermitted.class).verify();
        allocation.score(actors.staff(), b.id(), 11).as(StepVerifier::create).expectError(InvalidInput.class)
                .verify();
        allocation.score(actors.staff(), a.id(), 3).block();
        allocation.score(actors.staff(), b.id(), 9).block();
        allocation.allocate(actors.staff(), d.id()).as(StepVerifier::create)
                .expectNext(new AllocationResult(1, 1)).verifyComplete();
        DelegationApplication placed = delegations.application(actors.staff(), b.id()).block();
        assertThat(placed.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(placed.decisionReason()).startsWith("auto:delegation.reason.scored-placed|");
        assertThat(delegations.application(actors.staff(), a.id()).block().status())
                .isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(delegations.find(d.id()).block().remaining().slots()).isZero();
    }

    @Test
    void fifo_delegations_need_no_allocation_and_quotas_are_checked() {
        Delegation fifo = Delegations.open(fairs, delegations, actors.staff(), 2, "30", 6, AllocationPolicy.FIFO);
        allocation.allocate(actors.staff(), fifo.id()).as(StepVerifier::create)
                .expectError(AllocationNotNeeded.class).verify();
        allocation.setQuotas(actors.staff(), fifo.id(), Map.of("GOLD", 1)).as(StepVerifier::create)
                .expectError(InvalidInput.class).verify();
        allocation.setQuotas(actors.staff(), fifo.id(), Map.of("CORE", 1, "ASSOCIATE", 0)).as(StepVerifier::create)
                .expectNext(Map.of("CORE", 1, "ASSOCIATE", 0)).verifyComplete();
    }
}
