package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.notification.Notification;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * What staff decide sticks and reaches the firm: a waitlist decision is not undone by the waitlist's own offers, a
 * cancellation carries its reason and ends every change to the delegation's applications; and capacity obeys one
 * rule set whether a delegation is created or resized.
 */
@PortalTest
class StaffDecisionsAndCancellationTest {

    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired Members members;
    @Autowired NotificationService notifications;
    @Autowired OfferExpiry offerExpiry;
    @Autowired DatabaseClient db;

    private Actor firm() {
        return members.newFirm("dec").block(Duration.ofSeconds(10));
    }

    private Delegation open(int slots, String area, int seats) {
        return Delegations.open(fairs, delegations, actors.staff(), slots, area, seats, AllocationPolicy.FIFO);
    }

    private DelegationApplication reread(DelegationApplication a) {
        return delegations.application(actors.staff(), a.id()).block();
    }

    private Notification latest(Actor firm) {
        return notifications.recent(firm, 1).blockFirst();
    }

    @Test
    void a_staff_decision_to_waitlist_sticks_and_the_place_it_frees_goes_to_the_firm_waiting() {
        Delegation d = open(1, "40", 8);
        Actor first = firm();
        Actor second = firm();
        DelegationApplication placed = delegations.apply(first, d.id(), Delegations.application(2, "18")).block();
        DelegationApplication waiting = delegations.apply(second, d.id(), Delegations.application(2, "18")).block();
        assertThat(placed.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.WAITLISTED);

        DelegationApplication decided = delegations.decide(actors.staff(), placed.id(), Decision.WAITLIST,
                "展品与展会主题不符，先列候补").block();

        assertThat(decided.status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(decided.waitsForStaff()).isTrue();
        DelegationApplication firstNow = reread(placed);
        assertThat(firstNow.status()).as("not offered back its own place").isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(firstNow.decisionReason()).as("the firm reads staff's reason on the page")
                .isEqualTo("展品与展会主题不符，先列候补");
        assertThat(reread(waiting).status()).as("the freed place goes to the other firm waiting")
                .isEqualTo(ApplicationStatus.OFFERED);
        Notification told = latest(first);
        assertThat(told.messageKey()).isEqualTo("notify.application.WAITLISTED.by-staff");
        assertThat(told.args()).contains("展品与展会主题不符，先列候补");

        // The place comes free again: still not offered to the firm staff waitlisted; the room stays for staff.
        delegations.withdraw(second, waiting.id()).block();
        assertThat(reread(placed).status()).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(delegations.find(d.id()).block().remaining().slots()).isEqualTo(1);

        // Staff decide on it again: approved, and it no longer waits for staff.
        DelegationApplication approved = delegations.decide(actors.staff(), placed.id(), Decision.APPROVE,
                "补充资料后符合要求").block();
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.waitsForStaff()).isFalse();
        assertThat(PlacesLedger.count(db, d.id()).matches()).isTrue();
    }

    @Test
    void a_newcomer_waits_when_the_room_left_is_kept_for_the_head_of_the_waitlist() {
        Delegation d = open(4, "40", 20);
        Actor x1 = firm();
        DelegationApplication big1 = delegations.apply(x1, d.id(), Delegations.application(1, "30")).block();
        Actor x2 = firm();
        delegations.apply(x2, d.id(), Delegations.application(1, "10")).block();
        DelegationApplication head = delegations.apply(firm(), d.id(), Delegations.application(1, "30")).block();
        assertThat(head.status()).isEqualTo(ApplicationStatus.WAITLISTED);

        // 30 m² free: the head (30 m²) fits and is offered. Then two newcomers that fit pass a new head over twice.
        delegations.withdraw(x1, big1.id()).block();
        assertThat(reread(head).status()).isEqualTo(ApplicationStatus.OFFERED);
        DelegationApplication bigger = delegations.apply(firm(), d.id(), Delegations.application(1, "20")).block();
        assertThat(bigger.status()).as("only 0 m² left").isEqualTo(ApplicationStatus.WAITLISTED);
        delegations.resize(actors.staff(), d.id(), delegations.find(d.id()).block().version(),
                new Capacity(6, new BigDecimal("50"), 20)).block();
        assertThat(reread(bigger).status()).as("10 m² more: not enough for 20").isEqualTo(ApplicationStatus.WAITLISTED);
        DelegationApplication small1 = delegations.apply(firm(), d.id(), Delegations.application(1, "4")).block();
        DelegationApplication small2 = delegations.apply(firm(), d.id(), Delegations.application(1, "4")).block();
        DelegationApplication small3 = delegations.apply(firm(), d.id(), Delegations.application(1, "1")).block();

        assertThat(small1.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(small2.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(small3.status()).as("the head was passed over twice: the 2 m² left wait for it")
                .isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(small3.decisionReason()).isEqualTo(ApplicationMoves.KEPT_FOR_HEAD);
        assertThat(PlacesLedger.owedAnOffer(db, d.id(), 2)).isEmpty();
    }

    @Test
    void cancelling_needs_a_reason_which_the_delegation_keeps_and_the_firms_read() {
        Delegation d = open(3, "60", 12);
        Actor applicant = firm();
        delegations.apply(applicant, d.id(), Delegations.application(2, "18")).block();

        delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CANCELLED).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("reason", "validation.required")))
                .verify();
        delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CANCELLED, "  ").as(StepVerifier::create)
                .expectError(InvalidInput.class).verify();
        assertThat(delegations.find(d.id()).block().status()).isEqualTo(DelegationStatus.OPEN);

        Delegation cancelled = delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CANCELLED,
                "主办方宣布展会延期至明年").block();

        assertThat(cancelled.status()).isEqualTo(DelegationStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("主办方宣布展会延期至明年");
        assertThat(delegations.find(d.id()).block().cancelReason()).isEqualTo("主办方宣布展会延期至明年");
        Notification told = latest(applicant);
        assertThat(told.messageKey()).isEqualTo("notify.delegation.CANCELLED.because");
        assertThat(told.args()).contains("主办方宣布展会延期至明年");
    }

    @Test
    void a_cancelled_delegations_applications_are_kept_as_they_were_and_no_longer_change() {
        Delegation d = open(1, "40", 8);
        Actor approvedFirm = firm();
        Actor offeredFirm = firm();
        Actor waitingFirm = firm();
        DelegationApplication approved = delegations.apply(approvedFirm, d.id(), Delegations.application(2, "18"))
                .block();
        DelegationApplication offered = delegations.apply(offeredFirm, d.id(), Delegations.application(2, "18"))
                .block();
        DelegationApplication waiting = delegations.apply(waitingFirm, d.id(), Delegations.application(2, "18"))
                .block();
        delegations.resize(actors.staff(), d.id(), delegations.find(d.id()).block().version(),
                new Capacity(2, new BigDecimal("40"), 8)).block();
        assertThat(reread(offered).status()).isEqualTo(ApplicationStatus.OFFERED);

        delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CANCELLED, "展馆火灾，展会取消").block();

        delegations.withdraw(approvedFirm, approved.id()).as(StepVerifier::create)
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(DelegationCancelled.class);
                    assertThat(((DelegationCancelled) e).args()).containsExactly("展馆火灾，展会取消");
                })
                .verify();
        delegations.accept(offeredFirm, offered.id()).as(StepVerifier::create)
                .expectError(DelegationCancelled.class).verify();
        delegations.edit(waitingFirm, waiting.id(), Delegations.application(1, "9")).as(StepVerifier::create)
                .expectError(DelegationCancelled.class).verify();
        delegations.decide(actors.staff(), waiting.id(), Decision.REJECT, "x").as(StepVerifier::create)
                .expectError(DelegationCancelled.class).verify();
        delegations.resize(actors.staff(), d.id(), delegations.find(d.id()).block().version(),
                new Capacity(3, new BigDecimal("60"), 8)).as(StepVerifier::create)
                .expectError(DelegationCancelled.class).verify();
        db.sql("update delegation_application set offer_expires_at = now() - interval '1 minute' where id = :id")
                .bind("id", offered.id()).then().block();
        offerExpiry.run().block();

        assertThat(List.of(reread(approved), reread(offered), reread(waiting)))
                .extracting(DelegationApplication::status)
                .containsExactly(ApplicationStatus.APPROVED, ApplicationStatus.OFFERED, ApplicationStatus.WAITLISTED);
        assertThat(delegations.find(d.id()).block().used().slots()).isEqualTo(2);
    }

    @Test
    void capacity_has_the_same_bounds_when_created_and_when_resized() {
        Delegation d = open(3, "60", 12);
        long version = d.version();
        record Case(Capacity capacity, String field, String code) {}
        List<Case> cases = List.of(
                new Case(new Capacity(10_001, new BigDecimal("60"), 12), "firmSlots", "validation.too-large"),
                new Case(new Capacity(0, new BigDecimal("60"), 12), "firmSlots", "validation.positive"),
                new Case(new Capacity(3, new BigDecimal("100001"), 12), "areaM2", "validation.too-large"),
                new Case(new Capacity(3, new BigDecimal("100.05"), 12), "areaM2", "validation.decimals.1"),
                new Case(new Capacity(3, new BigDecimal("0"), 12), "areaM2", "validation.positive"),
                new Case(new Capacity(3, new BigDecimal("60"), 100_001), "seats", "validation.too-large"));
        for (Case c : cases) {
            delegations.resize(actors.staff(), d.id(), version, c.capacity()).as(StepVerifier::create)
                    .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                            .containsExactly(new FieldProblem(c.field(), c.code())))
                    .verify();
            assertThat(DelegationRules.check(Delegations.draft(d.fairId(), c.capacity().slots(),
                            c.capacity().areaM2().toPlainString(), c.capacity().seats(), AllocationPolicy.FIFO)))
                    .as("creating a delegation with %s", c).containsExactly(new FieldProblem(c.field(), c.code()));
        }
        Delegation largest = delegations.resize(actors.staff(), d.id(), version,
                new Capacity(10_000, new BigDecimal("100000.0"), 100_000)).block();
        assertThat(largest.capacity()).isEqualTo(new Capacity(10_000, new BigDecimal("100000.0"), 100_000));
    }
}
