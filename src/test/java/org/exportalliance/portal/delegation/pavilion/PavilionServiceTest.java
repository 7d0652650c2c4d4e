package org.exportalliance.portal.delegation.pavilion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Decision;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.ledger.CostItem;
import org.exportalliance.portal.delegation.ledger.CostKind;
import org.exportalliance.portal.delegation.ledger.LedgerService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.notification.Notification;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

@PortalTest
class PavilionServiceTest {

    @Autowired PavilionService pavilion;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired NotificationService notifications;
    @Autowired LedgerService ledger;
    @Autowired DatabaseClient db;
    @Autowired Actors actors;
    Actor staff;
    Actor member;
    Actor member2;

    @BeforeEach
    void people() {
        staff = actors.staff();
        member = actors.member();
        member2 = actors.member2();
    }

    /** An open FIFO delegation where firm A (member) asked for 18 m² and firm B (member2) for 12 m², both approved. */
    private Delegation withTwoFirms() {
        Delegation d = Delegations.open(fairs, delegations, staff, 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(member, d.id(), Delegations.application(2, "18")).block();
        delegations.apply(member2, d.id(), Delegations.application(2, "12")).block();
        return d;
    }

    private DelegationApplication applicationOf(Actor firm, Delegation d) {
        return delegations.applications(firm, d.id()).blockFirst();
    }

    private List<Booth> row(Delegation d, String prefix, int count, String area, int gridRow) {
        return pavilion.addSeries(staff, d.id(), new BoothSeries(prefix, 1, count, new BigDecimal(area), gridRow, 0))
                .block();
    }

    private Booth reread(Booth b) {
        return pavilion.booths(staff, b.delegationId()).filter(x -> x.id().equals(b.id())).blockFirst();
    }

    private long boothCount(Delegation d) {
        return pavilion.booths(staff, d.id()).count().block();
    }

    private static boolean refusedWith(Throwable e, Class<? extends Refusal> type, String key) {
        return type.isInstance(e) && ((Refusal) e).messageKey().equals(key);
    }

    @Test
    void staff_add_a_row_of_booths_at_once_numbered_and_placed_left_to_right() {
        Delegation d = withTwoFirms();
        pavilion.addSeries(staff, d.id(), new BoothSeries("a", 1, 10, new BigDecimal("9"), 0, 0))
                .as(StepVerifier::create)
                .assertNext(added -> {
                    assertThat(added).extracting(Booth::label).containsExactly("A01", "A02", "A03", "A04", "A05",
                            "A06", "A07", "A08", "A09", "A10");
                    assertThat(added).extracting(Booth::column).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
                    assertThat(added).allSatisfy(b -> {
                        assertThat(b.row()).isZero();
                        assertThat(b.areaM2()).isEqualByComparingTo("9");
                        assertThat(b.taken()).isFalse();
                    });
                })
                .verifyComplete();
        pavilion.add(staff, d.id(), new BoothDraft(" b01 ", new BigDecimal("12.50"), 1, 0, "靠近主通道"))
                .as(StepVerifier::create)
                .assertNext(b -> {
                    assertThat(b.label()).isEqualTo("B01");
                    assertThat(b.areaM2()).isEqualByComparingTo("12.5");
                    assertThat(b.note()).isEqualTo("靠近主通道");
                })
                .verifyComplete();
        pavilion.booths(staff, d.id()).map(Booth::label).collectList().as(StepVerifier::create)
                .assertNext(labels -> assertThat(labels).hasSize(11).startsWith("A01").endsWith("B01"))
                .verifyComplete();
        db.sql("select count(*) from audit_event where subject_id = :d and action in ('booth.series-added', "
                        + "'booth.added')").bind("d", d.id().toString()).map(r -> r.get(0, Long.class)).one()
                .as(StepVerifier::create).expectNext(2L).verifyComplete();
    }

    @Test
    void a_number_or_place_already_used_is_refused_clearly_and_nothing_is_added() {
        Delegation d = withTwoFirms();
        row(d, "A", 3, "9", 0);
        pavilion.add(staff, d.id(), new BoothDraft("a02", new BigDecimal("9"), 5, 5, null))
                .as(StepVerifier::create)
                .verifyErrorMatches(e -> e instanceof BoothNumberTaken taken
                        && List.of(taken.args()).equals(List.of("A02")));
        pavilion.add(staff, d.id(), new BoothDraft("X1", new BigDecimal("9"), 0, 1, null))
                .as(StepVerifier::create)
                .verifyErrorMatches(e -> e instanceof BoothPositionTaken taken
                        && List.of(taken.args()).equals(List.of(0, 1)));
        // A row that overlaps A03 adds none of its booths, not even A04 and A05.
        pavilion.addSeries(staff, d.id(), new BoothSeries("A", 3, 5, new BigDecimal("9"), 1, 0))
                .as(StepVerifier::create)
                .verifyErrorMatches(e -> e instanceof BoothNumberTaken taken && taken.args()[0].equals("A03"));
        assertThat(boothCount(d)).isEqualTo(3);
        // Editing a booth onto another's number is refused the same way, and leaves it as it was.
        Booth a1 = pavilion.booths(staff, d.id()).blockFirst();
        pavilion.edit(staff, a1.id(), a1.version(), new BoothDraft("A02", a1.areaM2(), a1.row(), a1.column(), ""))
                .as(StepVerifier::create).expectError(BoothNumberTaken.class).verify();
        assertThat(reread(a1)).isEqualTo(a1);
        // The same number on another delegation is fine.
        Delegation other = withTwoFirms();
        pavilion.add(staff, other.id(), new BoothDraft("A02", new BigDecimal("9"), 0, 1, null))
                .as(StepVerifier::create).expectNextCount(1).verifyComplete();
    }

    @Test
    void zero_or_negative_areas_and_bad_numbers_or_places_are_refused_field_by_field() {
        Delegation d = withTwoFirms();
        pavilion.add(staff, d.id(), new BoothDraft("A 01", BigDecimal.ZERO, -1, 100, "x".repeat(201)))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactlyInAnyOrder(
                        new FieldProblem("label", "pavilion.validation.label"),
                        new FieldProblem("areaM2", "validation.positive"),
                        new FieldProblem("row", "pavilion.validation.grid"),
                        new FieldProblem("column", "pavilion.validation.grid"),
                        new FieldProblem("note", "validation.too-long.200")));
        pavilion.add(staff, d.id(), new BoothDraft("A01", new BigDecimal("-9"), 0, 0, null))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("areaM2", "validation.positive")));
        pavilion.addSeries(staff, d.id(), new BoothSeries("A", 5, 2, new BigDecimal("9.123"), 0, 0))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactlyInAnyOrder(
                        new FieldProblem("to", "pavilion.validation.range"),
                        new FieldProblem("areaM2", "validation.decimals.2")));
        pavilion.addSeries(staff, d.id(), new BoothSeries("A", 1, 10, new BigDecimal("9"), 0, 95))
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("to", "pavilion.validation.beyond-grid")));
        assertThat(boothCount(d)).isZero();
        // The table refuses a zero area and a lower-case number even from a writer that skips the service.
        db.sql("insert into booth (id, delegation_id, label, area_m2, grid_row, grid_col, created_at, updated_at) "
                        + "values (:id, :d, 'Z1', 0, 9, 9, now(), now())")
                .bind("id", UUID.randomUUID()).bind("d", d.id()).then()
                .as(StepVerifier::create).expectError(DataIntegrityViolationException.class).verify();
        db.sql("insert into booth (id, delegation_id, label, area_m2, grid_row, grid_col, created_at, updated_at) "
                        + "values (:id, :d, 'z1', 9, 9, 9, now(), now())")
                .bind("id", UUID.randomUUID()).bind("d", d.id()).then()
                .as(StepVerifier::create).expectError(DataIntegrityViolationException.class).verify();
        assertThat(boothCount(d)).isZero();
    }

    @Test
    void booths_go_only_to_approved_applications_of_the_same_delegation() {
        // One slot: firm A is approved, firm B waitlisted.
        Delegation d = Delegations.open(fairs, delegations, staff, 1, "100", 20, AllocationPolicy.FIFO);
        DelegationApplication approved = delegations.apply(member, d.id(), Delegations.application(2, "18")).block();
        DelegationApplication waitlisted = delegations.apply(member2, d.id(), Delegations.application(2, "12"))
                .block();
        assertThat(waitlisted.status()).isEqualTo(ApplicationStatus.WAITLISTED);
        Delegation elsewhere = withTwoFirms();
        DelegationApplication approvedElsewhere = applicationOf(member2, elsewhere);
        Booth booth = row(d, "A", 1, "9", 0).getFirst();

        pavilion.assign(staff, booth.id(), booth.version(), waitlisted.id()).as(StepVerifier::create)
                .verifyErrorMatches(e -> refusedWith(e, AssigneeNotApproved.class, "pavilion.assignee-not-approved"));
        pavilion.assign(staff, booth.id(), booth.version(), approvedElsewhere.id()).as(StepVerifier::create)
                .verifyErrorMatches(e -> refusedWith(e, AssigneeNotInDelegation.class,
                        "pavilion.assignee-other-delegation"));
        pavilion.assign(staff, booth.id(), booth.version(), UUID.randomUUID()).as(StepVerifier::create)
                .expectError(AssigneeNotInDelegation.class).verify();
        pavilion.assign(member, booth.id(), booth.version(), approved.id()).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        // Nothing changed by any of these.
        assertThat(reread(booth)).isEqualTo(booth);

        pavilion.assign(staff, booth.id(), booth.version(), approved.id()).as(StepVerifier::create)
                .assertNext(b -> {
                    assertThat(b.taken()).isTrue();
                    assertThat(b.assignee().applicationId()).isEqualTo(approved.id());
                    assertThat(b.assignee().firmId()).isEqualTo(member.firmId());
                    assertThat(b.version()).isEqualTo(booth.version() + 1);
                })
                .verifyComplete();
        // A booth of another delegation cannot go to this delegation's firm either.
        Booth foreign = row(elsewhere, "F", 1, "9", 0).getFirst();
        pavilion.assign(staff, foreign.id(), foreign.version(), approved.id()).as(StepVerifier::create)
                .expectError(AssigneeNotInDelegation.class).verify();
        assertThat(reread(foreign).taken()).isFalse();
    }

    @Test
    void the_database_itself_refuses_an_assignment_to_an_application_without_a_place() {
        Delegation d = Delegations.open(fairs, delegations, staff, 1, "100", 20, AllocationPolicy.FIFO);
        DelegationApplication approved = delegations.apply(member, d.id(), Delegations.application(2, "18")).block();
        DelegationApplication waitlisted = delegations.apply(member2, d.id(), Delegations.application(2, "12"))
                .block();
        DelegationApplication approvedElsewhere = applicationOf(member2, withTwoFirms());
        Booth booth = row(d, "A", 1, "9", 0).getFirst();

        // The conditional update the service runs: with a waitlisted application it changes no row.
        String conditional = "update booth set application_id = :app, version = version + 1 where id = :id "
                + "and version = :v and exists (select 1 from delegation_application a where a.id = :app "
                + "and a.delegation_id = booth.delegation_id and a.status in ('APPROVED', 'ACCEPTED') for share)";
        db.sql(conditional).bind("app", waitlisted.id()).bind("id", booth.id()).bind("v", booth.version())
                .fetch().rowsUpdated().as(StepVerifier::create).expectNext(0L).verifyComplete();
        db.sql(conditional).bind("app", approvedElsewhere.id()).bind("id", booth.id()).bind("v", booth.version())
                .fetch().rowsUpdated().as(StepVerifier::create).expectNext(0L).verifyComplete();
        // A writer that skips the condition is stopped by the guard trigger and the foreign key.
        db.sql("update booth set application_id = :app where id = :id").bind("app", waitlisted.id())
                .bind("id", booth.id()).then()
                .as(StepVerifier::create).expectError(DataIntegrityViolationException.class).verify();
        db.sql("update booth set application_id = :app where id = :id").bind("app", approvedElsewhere.id())
                .bind("id", booth.id()).then()
                .as(StepVerifier::create).expectError(DataIntegrityViolationException.class).verify();
        assertThat(reread(booth)).isEqualTo(booth);
        // With the approved application, the same conditional update assigns it.
        db.sql(conditional).bind("app", approved.id()).bind("id", booth.id()).bind("v", booth.version())
                .fetch().rowsUpdated().as(StepVerifier::create).expectNext(1L).verifyComplete();
        assertThat(reread(booth).assignee().firmId()).isEqualTo(member.firmId());
    }

    @Test
    void an_application_that_stops_holding_a_place_frees_its_booths_whoever_changes_it() {
        Delegation d = withTwoFirms();
        Delegation d2 = withTwoFirms();
        List<Booth> booths = row(d, "A", 3, "9", 0);
        Booth b2 = row(d2, "A", 1, "9", 0).getFirst();
        DelegationApplication a = applicationOf(member, d);
        DelegationApplication b = applicationOf(member2, d);
        pavilion.assign(staff, booths.get(0).id(), 0, a.id()).block();
        pavilion.assign(staff, booths.get(1).id(), 0, a.id()).block();
        pavilion.assign(staff, booths.get(2).id(), 0, b.id()).block();
        pavilion.assign(staff, b2.id(), 0, applicationOf(member2, d2).id()).block();

        // Firm A withdraws: both its booths are free again (and their version moved on), firm B keeps its own.
        delegations.withdraw(member, a.id()).as(StepVerifier::create).expectNextCount(1).verifyComplete();
        pavilion.booths(staff, d.id()).collectList().as(StepVerifier::create)
                .assertNext(now -> {
                    assertThat(now.subList(0, 2)).allSatisfy(x -> {
                        assertThat(x.taken()).isFalse();
                        assertThat(x.assignee()).isNull();
                        assertThat(x.version()).isEqualTo(2);
                    });
                    assertThat(now.get(2).isOf(member2.firmId())).isTrue();
                })
                .verifyComplete();
        db.sql("select count(*) from audit_event where subject_id = :d and action = 'booth.freed' and actor_id is null")
                .bind("d", d.id().toString()).map(r -> r.get(0, Long.class)).one()
                .as(StepVerifier::create).expectNext(2L).verifyComplete();

        // Staff reject firm B: its booth is freed too.
        delegations.decide(staff, b.id(), Decision.REJECT, "展品不符合展会范围").as(StepVerifier::create)
                .expectNextCount(1).verifyComplete();
        assertThat(reread(booths.get(2)).taken()).isFalse();

        // Any writer: a status changed by hand in SQL frees the booth in the same statement (the hand-written
        // change gives the capacity back too, or the commit is refused: V18).
        db.sql("""
                        with ended as (
                            update delegation_application set status = 'WITHDRAWN', holds_capacity = false
                            where id = :id returning delegation_id, area_m2, travellers)
                        update delegation d set used_slots = used_slots - 1,
                            used_area_m2 = used_area_m2 - ended.area_m2, used_seats = used_seats - ended.travellers
                        from ended where d.id = ended.delegation_id""")
                .bind("id", applicationOf(member2, d2).id()).then().as(StepVerifier::create).verifyComplete();
        assertThat(reread(b2).taken()).isFalse();
    }

    @Test
    void two_staff_assigning_one_booth_at_once_one_wins_and_the_other_is_refused() {
        Delegation d = withTwoFirms();
        UUID a = applicationOf(member, d).id();
        UUID b = applicationOf(member2, d).id();
        Actor otherStaff = actors.staff();
        for (Booth booth : row(d, "A", 8, "9", 0)) {
            Mono<Object> first = pavilion.assign(staff, booth.id(), booth.version(), a)
                    .<Object>map(Booth::assignee).onErrorResume(Mono::just).subscribeOn(Schedulers.parallel());
            Mono<Object> second = pavilion.assign(otherStaff, booth.id(), booth.version(), b)
                    .<Object>map(Booth::assignee).onErrorResume(Mono::just).subscribeOn(Schedulers.parallel());
            List<Object> outcomes = Flux.merge(first, second).collectList().block(Duration.ofSeconds(20));
            assertThat(outcomes).hasSize(2);
            assertThat(outcomes).filteredOn(o -> o instanceof Booth.Assignee).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof BoothTakenMeanwhile).hasSize(1)
                    .allSatisfy(e -> assertThat(((Refusal) e).args()).containsExactly(booth.label()));
            Booth.Assignee winner = (Booth.Assignee) outcomes.stream().filter(o -> o instanceof Booth.Assignee)
                    .findFirst().orElseThrow();
            Booth now = reread(booth);
            assertThat(now.assignee()).isEqualTo(winner);
            assertThat(now.version()).isEqualTo(booth.version() + 1);
        }
    }

    @Test
    void a_firm_sees_the_whole_layout_but_a_firm_name_only_on_its_own_booths() {
        Delegation d = withTwoFirms();
        List<Booth> booths = row(d, "A", 3, "9", 0);
        pavilion.edit(staff, booths.get(0).id(), 0, new BoothDraft("A01", new BigDecimal("9"), 0, 0, "给天姥纺机留的"))
                .block();
        pavilion.assign(staff, booths.get(0).id(), 1, applicationOf(member, d).id()).block();
        pavilion.assign(staff, booths.get(1).id(), 0, applicationOf(member2, d).id()).block();

        pavilion.booths(member2, d.id()).collectList().as(StepVerifier::create)
                .assertNext(seen -> {
                    assertThat(seen).extracting(Booth::label).containsExactly("A01", "A02", "A03");
                    assertThat(seen).extracting(Booth::taken).containsExactly(true, true, false);
                    // Firm A's booth: taken, nothing more (no application, firm or staff note).
                    assertThat(seen.get(0).assignee()).isNull();
                    assertThat(seen.get(0).note()).isEmpty();
                    assertThat(seen.get(0).areaM2()).isEqualByComparingTo("9");
                    assertThat(seen.get(1).isOf(member2.firmId())).isTrue();
                    assertThat(seen.get(1).assignee().firmNameZh()).isNotBlank();
                })
                .verifyComplete();
        pavilion.balances(member2, d.id()).collectList().as(StepVerifier::create)
                .assertNext(own -> assertThat(own).singleElement()
                        .satisfies(x -> assertThat(x.firmId()).isEqualTo(member2.firmId())))
                .verifyComplete();
        pavilion.booths(staff, d.id()).collectList().as(StepVerifier::create)
                .assertNext(all -> {
                    assertThat(all.get(0).isOf(member.firmId())).isTrue();
                    assertThat(all.get(0).note()).isEqualTo("给天姥纺机留的");
                    assertThat(all.get(1).isOf(member2.firmId())).isTrue();
                })
                .verifyComplete();
    }

    @Test
    void the_area_assigned_is_compared_with_the_area_asked_for() {
        Delegation d = withTwoFirms();
        UUID a = applicationOf(member, d).id();
        List<Booth> booths = row(d, "A", 3, "9", 0);
        pavilion.assign(staff, booths.get(0).id(), 0, a).block();
        assertThat(balanceOf(d, a)).satisfies(x -> {
            assertThat(x.fit()).isEqualTo(AreaBalance.Fit.UNDER);
            assertThat(x.assignedM2()).isEqualByComparingTo("9");
            assertThat(x.requestedM2()).isEqualByComparingTo("18");
            assertThat(x.booths()).containsExactly("A01");
        });
        pavilion.assign(staff, booths.get(1).id(), 0, a).block();
        assertThat(balanceOf(d, a).fit()).isEqualTo(AreaBalance.Fit.EXACT);
        pavilion.assign(staff, booths.get(2).id(), 0, a).block();
        assertThat(balanceOf(d, a)).satisfies(x -> {
            assertThat(x.fit()).isEqualTo(AreaBalance.Fit.OVER);
            assertThat(x.booths()).containsExactly("A01", "A02", "A03");
        });
        assertThat(pavilion.balances(staff, d.id()).collectList().block()).hasSize(2);
    }

    private AreaBalance balanceOf(Delegation d, UUID application) {
        return pavilion.balances(staff, d.id()).filter(x -> x.applicationId().equals(application)).blockFirst();
    }

    @Test
    void firms_hear_when_they_get_or_lose_a_booth_and_every_change_is_audited() {
        Delegation d = withTwoFirms();
        Booth booth = row(d, "Q", 1, "9", 0).getFirst();
        Booth assigned = pavilion.assign(staff, booth.id(), 0, applicationOf(member, d).id()).block();
        Booth moved = pavilion.assign(staff, booth.id(), assigned.version(), applicationOf(member2, d).id()).block();
        assertThat(moved.isOf(member2.firmId())).isTrue();
        Booth freed = pavilion.unassign(staff, booth.id(), moved.version()).block();
        assertThat(freed.taken()).isFalse();

        List<Notification> toA = notifications.recent(member, 50).filter(n -> n.args().contains("Q01"))
                .collectList().block();
        assertThat(toA).extracting(Notification::messageKey)
                .containsExactlyInAnyOrder("notify.booth.assigned", "notify.booth.removed");
        List<Notification> toB = notifications.recent(member2, 50).filter(n -> n.args().contains("Q01"))
                .collectList().block();
        assertThat(toB).extracting(Notification::messageKey)
                .containsExactlyInAnyOrder("notify.booth.assigned", "notify.booth.removed");
        db.sql("select action from audit_event where subject_id = :d and action like 'booth.%' order by id")
                .bind("d", d.id().toString()).map(r -> r.get(0, String.class)).all().collectList()
                .as(StepVerifier::create)
                .assertNext(actions -> assertThat(actions).containsExactly("booth.series-added", "booth.assigned",
                        "booth.unassigned", "booth.assigned", "booth.unassigned"))
                .verifyComplete();
    }

    @Test
    void only_free_booths_are_removed_and_only_by_staff() {
        Delegation d = withTwoFirms();
        List<Booth> booths = row(d, "A", 2, "9", 0);
        pavilion.assign(staff, booths.get(0).id(), 0, applicationOf(member, d).id()).block();
        pavilion.remove(staff, booths.get(0).id()).as(StepVerifier::create)
                .verifyErrorMatches(e -> e instanceof BoothAssigned taken && taken.args()[0].equals("A01"));
        pavilion.remove(member, booths.get(1).id()).as(StepVerifier::create).expectError(NotPermitted.class).verify();
        pavilion.add(member, d.id(), new BoothDraft("Z9", BigDecimal.TEN, 9, 9, null)).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        pavilion.remove(staff, booths.get(1).id()).as(StepVerifier::create).verifyComplete();
        pavilion.remove(staff, booths.get(1).id()).as(StepVerifier::create).expectError(BoothNotFound.class).verify();
        assertThat(pavilion.booths(staff, d.id()).map(Booth::label).collectList().block()).containsExactly("A01");
    }

    @Test
    void an_edit_from_a_stale_version_is_refused_and_changes_nothing() {
        Delegation d = withTwoFirms();
        Booth booth = row(d, "A", 1, "9", 0).getFirst();
        Booth edited = pavilion.edit(staff, booth.id(), 0, new BoothDraft("A01", new BigDecimal("10.5"), 0, 0, "角位"))
                .block();
        assertThat(edited.version()).isEqualTo(1);
        pavilion.edit(staff, booth.id(), 0, new BoothDraft("A01", new BigDecimal("99"), 0, 0, ""))
                .as(StepVerifier::create)
                .expectErrorMatches(e -> e instanceof org.exportalliance.portal.platform.refusal.ChangedConcurrently)
                .verify();
        assertThat(reread(booth)).isEqualTo(edited);
    }

    @Test
    void the_demo_logistics_delegation_has_a_laid_out_pavilion_and_shared_costs() {
        UUID demo = db.sql("select d.id from delegation d join fair f on f.id = d.fair_id "
                        + "where f.name_en like 'India ITME%' and d.status = 'CLOSED' order by d.created_at limit 1")
                .map(r -> r.get(0, UUID.class)).one().block();
        List<Booth> layout = pavilion.booths(staff, demo).collectList().block();
        assertThat(layout).hasSize(12);
        assertThat(layout).filteredOn(Booth::taken).extracting(Booth::label)
                .containsExactlyInAnyOrder("A01", "A02", "B01", "C01", "C02");
        assertThat(pavilion.balances(staff, demo).collectList().block()).hasSize(3)
                .allSatisfy(b -> assertThat(b.fit()).isEqualTo(AreaBalance.Fit.EXACT));
        assertThat(pavilion.booths(member, demo).filter(b -> b.assignee() != null).map(Booth::label)
                .collectList().block()).containsExactly("A01", "A02");
        assertThat(ledger.items(staff, demo).map(CostItem::kind).collectList().block()).containsExactly(
                CostKind.BOOTH_RENT, CostKind.PAVILION_BUILD, CostKind.FREIGHT, CostKind.INTERPRETERS, CostKind.SUBSIDY);
    }
}
