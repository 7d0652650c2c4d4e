package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Withdrawals racing the waitlist's offers. Before the fix, a freed place was taken for the head of the waitlist and
 * then not given back when that application had been withdrawn meanwhile: 40 firms withdrawing at once from a
 * 10-slot delegation left 2–3 slots used by nobody.
 */
@PortalTest
class WaitlistRaceTest {

    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired Members members;
    @Autowired DatabaseClient db;

    @Test
    void forty_firms_withdrawing_at_once_from_a_ten_slot_delegation_leave_no_place_held_by_nobody() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 10, "400", 80, AllocationPolicy.FIFO);
        List<Actor> firms = Flux.range(0, 40).concatMap(i -> members.newFirm("race")).collectList()
                .block(Duration.ofMinutes(1));
        List<DelegationApplication> applied = Flux.fromIterable(firms)
                .concatMap(firm -> delegations.apply(firm, d.id(), Delegations.application(2, "20")))
                .collectList().block(Duration.ofMinutes(1));
        assertThat(applied).filteredOn(a -> a.status() == ApplicationStatus.APPROVED).hasSize(10);
        assertThat(applied).filteredOn(a -> a.status() == ApplicationStatus.WAITLISTED).hasSize(30);

        List<Object> outcomes = Flux.range(0, firms.size())
                .flatMap(i -> delegations.withdraw(firms.get(i), applied.get(i).id())
                        .<Object>map(DelegationApplication::status)
                        .onErrorResume(e -> Mono.just(e.getClass().getSimpleName() + ": " + e.getMessage()))
                        .subscribeOn(Schedulers.parallel()), firms.size())
                .collectList().block(Duration.ofMinutes(2));

        PlacesLedger.Counted counted = PlacesLedger.count(db, d.id());
        assertThat(counted.matches()).as("used places are exactly those applications hold: %s", counted).isTrue();
        assertThat(counted.holding()).as("nobody holds a place").isZero();
        assertThat(counted.usedSlots()).as("and no slot is used by nobody").isZero();
        assertThat(counted.usedSeats()).isZero();
        assertThat(counted.usedArea()).isZero();
        assertThat(outcomes).as("every firm's withdrawal is answered with WITHDRAWN")
                .hasSize(40).containsOnly(ApplicationStatus.WITHDRAWN);
    }
}
