package org.exportalliance.portal.delegation.pavilion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The pavilion service never blocks a reactive thread (BlockHound guards every test JVM). */
@PortalTest
class PavilionNonBlockingTest {

    @Autowired PavilionService pavilion;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;

    @Test
    void laying_out_assigning_freeing_and_reading_booths_never_blocks() {
        ReactiveGuard.install();
        Actor staff = actors.staff();
        Actor member = actors.member();
        Delegation d = Delegations.open(fairs, delegations, staff, 3, "60", 10, AllocationPolicy.FIFO);
        Mono.defer(() -> delegations.apply(member, d.id(), Delegations.application(2, "18"))
                        .flatMap(a -> pavilion.addSeries(staff, d.id(), new BoothSeries("A", 1, 2,
                                        new BigDecimal("9"), 0, 0))
                                .flatMap(booths -> pavilion.assign(staff, booths.getFirst().id(), 0, a.id()))
                                .flatMap(booth -> pavilion.edit(staff, booth.id(), booth.version(), booth.draft()))
                                .flatMap(booth -> delegations.withdraw(member, a.id()))
                                .thenMany(pavilion.booths(member, d.id()))
                                .collectList()))
                .subscribeOn(Schedulers.parallel())
                .as(StepVerifier::create)
                .assertNext(booths -> assertThat(booths).hasSize(2).noneMatch(Booth::taken))
                .verifyComplete();
    }
}
