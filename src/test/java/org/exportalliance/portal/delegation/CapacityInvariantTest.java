package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The database's own promise (V18): at every commit a delegation's used slots, area and seats are what its
 * applications holding capacity add up to. Whatever writes the tables (a future code path, a hand-written UPDATE),
 * a transaction that leaves the two apart is refused when it commits; in between, the two may differ.
 */
@PortalTest
class CapacityInvariantTest {

    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired Members members;
    @Autowired DatabaseClient db;
    @Autowired TransactionalOperator tx;

    private Delegation withOneApproved() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(members.newFirm("inv").block(), d.id(), Delegations.application(3, "18")).block();
        return d;
    }

    private Mono<Long> sql(String statement, Delegation d) {
        return db.sql(statement).bind("d", d.id()).fetch().rowsUpdated();
    }

    @Test
    void a_hand_written_update_of_the_counters_alone_is_refused_at_commit() {
        Delegation d = withOneApproved();
        PlacesLedger.Counted before = PlacesLedger.count(db, d.id());

        assertThatThrownBy(() -> tx.transactional(
                        sql("update delegation set used_slots = used_slots + 1 where id = :d", d)).block())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("delegation_used_is_held");
        assertThatThrownBy(() -> sql("update delegation set used_area_m2 = used_area_m2 - 18, "
                + "used_seats = used_seats - 3, used_slots = used_slots - 1 where id = :d", d).block())
                .as("a place nobody holds any more, without a transaction of its own")
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(PlacesLedger.count(db, d.id())).isEqualTo(before);
    }

    @Test
    void a_hand_written_update_of_an_application_alone_is_refused_at_commit() {
        Delegation d = withOneApproved();
        PlacesLedger.Counted before = PlacesLedger.count(db, d.id());

        assertThatThrownBy(() -> tx.transactional(sql("update delegation_application set status = 'WITHDRAWN', "
                        + "holds_capacity = false where delegation_id = :d and holds_capacity", d)).block())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("delegation_used_is_held");
        assertThatThrownBy(() -> tx.transactional(sql("update delegation_application set area_m2 = area_m2 + 1 "
                        + "where delegation_id = :d and holds_capacity", d)).block())
                .as("a held request grown without taking the room")
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(PlacesLedger.count(db, d.id())).isEqualTo(before);
    }

    @Test
    void a_transaction_that_moves_an_application_and_its_counters_together_commits_in_either_order() {
        Delegation d = withOneApproved();

        Long changed = tx.transactional(sql("update delegation set used_slots = used_slots - 1, "
                        + "used_area_m2 = used_area_m2 - 18, used_seats = used_seats - 3 where id = :d", d)
                .then(sql("update delegation_application set status = 'WITHDRAWN', holds_capacity = false "
                        + "where delegation_id = :d and holds_capacity", d)))
                .block(Duration.ofSeconds(10));

        assertThat(changed).isEqualTo(1);
        PlacesLedger.Counted after = PlacesLedger.count(db, d.id());
        assertThat(after.matches()).isTrue();
        assertThat(after.usedSlots()).isZero();
    }
}
