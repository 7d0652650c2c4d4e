package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.live.AnotherInstance;
import org.exportalliance.portal.platform.live.ListenerPause;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

@PortalTest
class DelegationServiceTest {

    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired org.exportalliance.portal.support.Members members;
    @Autowired DatabaseClient db;
    @Autowired OfferExpiry offerExpiry;
    @Autowired org.springframework.transaction.reactive.TransactionalOperator tx;
    @Autowired org.springframework.context.ApplicationContext portal;

    Delegation open(int slots, String area, int seats) {
        return Delegations.open(fairs, delegations, actors.staff(), slots, area, seats, AllocationPolicy.FIFO);
    }

    @Test
    void pages_go_through_every_delegation_in_the_lists_order_and_the_count_says_how_many() {
        open(3, "30", 6);
        open(3, "30", 6);
        List<Delegation> all = delegations.list(null).collectList().block(Duration.ofSeconds(10));
        long count = delegations.count().block(Duration.ofSeconds(10));
        assertThat(count).isEqualTo(all.size()).isGreaterThanOrEqualTo(2);
        int half = all.size() / 2;
        List<Delegation> first = delegations.page(0, half).collectList().block(Duration.ofSeconds(10));
        List<Delegation> rest = delegations.page(half, DelegationService.MAX_PAGE).collectList()
                .block(Duration.ofSeconds(10));
        assertThat(first).extracting(Delegation::id).containsExactlyElementsOf(
                all.subList(0, half).stream().map(Delegation::id).toList());
        assertThat(rest).extracting(Delegation::id).containsExactlyElementsOf(
                all.subList(half, all.size()).stream().map(Delegation::id).toList());
        delegations.page(0, 0).as(StepVerifier::create).verifyComplete();
        delegations.page(0, DelegationService.MAX_PAGE + 1).as(StepVerifier::create)
                .expectError(IllegalArgumentException.class).verify();
        delegations.page(-1, 10).as(StepVerifier::create).expectError(IllegalArgumentException.class).verify();
    }

    @Test
    void pages_and_the_count_are_kept_until_a_delegation_changes_on_any_instance() {
        Delegation here = open(3, "30", 6);
        // A change made here is in the next read here, without waiting for its live event.
        assertThat(firstPage()).contains(here.id());

        // While no event can arrive, a row another instance wrote is not seen: the answers are kept.
        ListenerPause.during(portal, () -> {
            long before = count();
            List<UUID> page = firstPage();
            copyAs(UUID.randomUUID(), here);
            assertThat(count()).as("kept").isEqualTo(before);
            assertThat(firstPage()).as("kept").isEqualTo(page);
        });

        // Its event makes the next read go to the database.
        long before = count();
        UUID other = UUID.randomUUID();
        copyAs(other, here);
        tx.transactional(AnotherInstance.announces(db, DelegationService.TOPIC, other)).block(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(count()).isEqualTo(before + 1);
            assertThat(firstPage()).contains(other);
        });
    }

    /** Writes a copy of {@code source} as another instance would: straight to the table, with no event here. */
    private void copyAs(UUID id, Delegation source) {
        db.sql("insert into delegation (id, fair_id, title_zh, title_en, organiser, applications_open,"
                        + " applications_close, firm_slots, area_m2, seats, policy, fee_per_firm_cny, fee_per_m2_cny,"
                        + " created_at, updated_at) select :id, fair_id, title_zh, title_en, organiser,"
                        + " applications_open, applications_close, firm_slots, area_m2, seats, policy, fee_per_firm_cny,"
                        + " fee_per_m2_cny, now(), now() from delegation where id = :source")
                .bind("id", id).bind("source", source.id()).fetch().rowsUpdated().block(Duration.ofSeconds(10));
    }

    private long count() {
        return delegations.count().block(Duration.ofSeconds(10));
    }

    private List<UUID> firstPage() {
        return delegations.page(0, DelegationService.MAX_PAGE).map(Delegation::id).collectList()
                .block(Duration.ofSeconds(10));
    }

    @Test
    void only_staff_set_up_delegations_and_a_draft_does_not_take_applications() {
        var fair = fairs.create(actors.staff(), org.exportalliance.portal.support.Fairs.draft()).block();
        DelegationDraft draft = Delegations.draft(fair.id(), 10, "120", 30, AllocationPolicy.FIFO);
        delegations.create(actors.member(), draft).as(StepVerifier::create).expectError(NotPermitted.class).verify();
        Delegation created = delegations.create(actors.staff(), draft).block();
        assertThat(created.status()).isEqualTo(DelegationStatus.DRAFT);
        assertThat(created.remaining()).isEqualTo(new Capacity(10, new BigDecimal("120.0"), 30));
        delegations.apply(actors.member(), created.id(), Delegations.application(2, "18"))
                .as(StepVerifier::create).expectError(DelegationNotOpen.class).verify();
    }

    @Test
    void the_lifecycle_only_moves_along_allowed_transitions() {
        Delegation d = open(5, "50", 10);
        Actor staff = actors.staff();
        delegations.moveTo(staff, d.id(), DelegationStatus.DONE).as(StepVerifier::create)
                .expectError(IllegalTransition.class).verify();
        delegations.moveTo(staff, d.id(), DelegationStatus.CLOSED).as(StepVerifier::create)
                .assertNext(c -> assertThat(c.status()).isEqualTo(DelegationStatus.CLOSED)).verifyComplete();
        delegations.apply(actors.member(), d.id(), Delegations.application(1, "9")).as(StepVerifier::create)
                .expectError(DelegationNotOpen.class).verify();
        delegations.moveTo(staff, d.id(), DelegationStatus.ON_SITE).block();
        delegations.moveTo(staff, d.id(), DelegationStatus.DONE).block();
        delegations.moveTo(staff, d.id(), DelegationStatus.CANCELLED, "展会延期").as(StepVerifier::create)
                .expectError(IllegalTransition.class).verify();
    }

    @Test
    void fifo_approves_what_fits_waitlists_the_rest_and_records_why() {
        Delegation d = open(2, "30", 4);
        DelegationApplication first = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18"))
                .block();
        assertThat(first.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(first.decisionReason()).isEqualTo(ApplicationMoves.PLACED);
        assertThat(first.exhibits()).singleElement()
                .satisfies(e -> assertThat(e.machine()).isEqualTo("高速剑杆织机 RF-9000"));
        DelegationApplication second = delegations.apply(actors.member2(), d.id(), Delegations.application(2, "18"))
                .block();
        assertThat(second.status()).as("only 12 m² left").isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(second.decisionReason()).isEqualTo(ApplicationMoves.FULL);
        assertThat(delegations.find(d.id()).block().remaining())
                .isEqualTo(new Capacity(1, new BigDecimal("12.0"), 2));
    }

    @Test
    void a_firm_applies_once_and_withdrawing_frees_its_place() {
        Delegation d = open(3, "60", 6);
        DelegationApplication mine = delegations.apply(actors.member(), d.id(), Delegations.application(2, "20"))
                .block();
        delegations.apply(actors.of("firmadmin"), d.id(), Delegations.application(1, "9"))
                .as(StepVerifier::create).expectError(AlreadyApplied.class).verify();
        delegations.withdraw(actors.member2(), mine.id()).as(StepVerifier::create)
                .expectError(ApplicationNotFound.class).verify();
        delegations.withdraw(actors.of("firmadmin"), mine.id()).as(StepVerifier::create)
                .assertNext(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.WITHDRAWN)).verifyComplete();
        assertThat(delegations.find(d.id()).block().used()).isEqualTo(new Capacity(0, new BigDecimal("0.0"), 0));
        delegations.apply(actors.member(), d.id(), Delegations.application(1, "9")).as(StepVerifier::create)
                .assertNext(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED)).verifyComplete();
    }

    @Test
    void bad_requests_are_refused_field_by_field_and_change_nothing() {
        Delegation d = open(3, "60", 6);
        delegations.apply(actors.member2(), d.id(), new ApplicationDraft(0, new BigDecimal("-5"),
                        List.of(new Exhibit(" ", BigDecimal.ZERO, null)), null))
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("travellers", "areaM2", "exhibits[0].machine", "exhibits[0].weightKg",
                                "exhibits[0].volumeM3"))
                .verify();
        delegations.apply(actors.member2(), d.id(), Delegations.application(7, "9")).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("travellers", "application.validation.more-than-seats")))
                .verify();
        delegations.applications(actors.staff(), d.id()).as(StepVerifier::create).verifyComplete();
        delegations.apply(actors.staff(), d.id(), Delegations.application(1, "9")).as(StepVerifier::create)
                .expectError(FirmsOnly.class).verify();
    }

    @Test
    void firms_see_only_their_own_applications_and_staff_see_all() {
        Delegation d = open(5, "80", 10);
        delegations.apply(actors.member(), d.id(), Delegations.application(1, "9")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(1, "9")).block();
        assertThat(delegations.applications(actors.member(), d.id()).map(DelegationApplication::firmId).collectList()
                .block()).containsExactly(actors.member().firmId());
        assertThat(delegations.applications(actors.staff(), d.id()).collectList().block()).hasSize(2);
    }

    @Test
    void staff_decisions_need_a_reason_and_never_overbook() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 1, "20", 4, AllocationPolicy.SCORED);
        DelegationApplication a = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        DelegationApplication b = delegations.apply(actors.member2(), d.id(), Delegations.application(2, "18")).block();
        assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        delegations.decide(actors.staff(), a.id(), Decision.APPROVE, " ").as(StepVerifier::create)
                .expectError(InvalidInput.class).verify();
        delegations.decide(actors.member(), a.id(), Decision.APPROVE, "self").as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        delegations.decide(actors.staff(), a.id(), Decision.APPROVE, "出口潜力高").as(StepVerifier::create)
                .assertNext(x -> assertThat(x.decisionReason()).isEqualTo("出口潜力高")).verifyComplete();
        delegations.decide(actors.staff(), b.id(), Decision.APPROVE, "also").as(StepVerifier::create)
                .expectError(NoRoomForApproval.class).verify();
        assertThat(delegations.application(actors.staff(), b.id()).block().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        delegations.decide(actors.staff(), a.id(), Decision.REJECT, "资料不全").block();
        delegations.decide(actors.staff(), b.id(), Decision.APPROVE, "名额空出").as(StepVerifier::create)
                .assertNext(x -> assertThat(x.status()).isEqualTo(ApplicationStatus.APPROVED)).verifyComplete();
    }

    @Test
    void a_freed_place_is_offered_to_the_next_waiting_firm_which_accepts_in_time() {
        Delegation d = open(1, "20", 4);
        DelegationApplication first = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18"))
                .block();
        DelegationApplication waiting = delegations.apply(actors.member2(), d.id(), Delegations.application(2, "18"))
                .block();
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.WAITLISTED);
        delegations.accept(actors.member2(), waiting.id()).as(StepVerifier::create)
                .expectError(OfferNotOpen.class).verify();
        delegations.withdraw(actors.member(), first.id()).block();
        DelegationApplication offered = delegations.application(actors.member2(), waiting.id()).block();
        assertThat(offered.status()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(offered.decisionReason()).isEqualTo(WaitlistOffers.OFFERED);
        assertThat(offered.offerExpiresAt()).isAfter(java.time.Instant.now().plus(Duration.ofHours(47)));
        assertThat(delegations.find(d.id()).block().remaining().slots()).as("the offer holds the place").isZero();
        delegations.accept(actors.member(), waiting.id()).as(StepVerifier::create)
                .expectError(ApplicationNotFound.class).verify();
        delegations.accept(actors.member2(), waiting.id()).as(StepVerifier::create)
                .assertNext(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.ACCEPTED)).verifyComplete();
    }

    @Test
    void an_offer_that_runs_out_expires_and_passes_to_the_next_firm() {
        Delegation d = open(1, "20", 4);
        DelegationApplication first = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18"))
                .block();
        DelegationApplication second = delegations.apply(actors.member2(), d.id(), Delegations.application(2, "18"))
                .block();
        DelegationApplication third = delegations.apply(actors.of("leader"), d.id(), Delegations.application(1, "9"))
                .block();
        delegations.withdraw(actors.member(), first.id()).block();
        db.sql("update delegation_application set offer_expires_at = now() - interval '1 minute' where id = :id")
                .bind("id", second.id()).then().block();
        Integer expired = offerExpiry.run().block();
        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(delegations.application(actors.staff(), second.id()).block().status())
                .isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(delegations.application(actors.staff(), third.id()).block().status())
                .isEqualTo(ApplicationStatus.OFFERED);
        assertThat(delegations.find(d.id()).block().used())
                .isEqualTo(new Capacity(1, new BigDecimal("9.0"), 1));
    }

    @Test
    void a_waitlisted_firm_edits_its_request_and_raised_capacity_is_offered_to_it() {
        Delegation d = open(1, "20", 4);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        DelegationApplication waiting = delegations.apply(actors.member2(), d.id(), Delegations.application(2, "18"))
                .block();
        delegations.edit(actors.member(), waiting.id(), Delegations.application(1, "9")).as(StepVerifier::create)
                .expectError(ApplicationNotFound.class).verify();
        delegations.edit(actors.member2(), waiting.id(), Delegations.application(1, "9")).as(StepVerifier::create)
                .assertNext(a -> {
                    assertThat(a.status()).isEqualTo(ApplicationStatus.WAITLISTED);
                    assertThat(a.travellers()).isEqualTo(1);
                }).verifyComplete();
        Delegation current = delegations.find(d.id()).block();
        delegations.resize(actors.staff(), d.id(), current.version(), new Capacity(0, new BigDecimal("20"), 4))
                .as(StepVerifier::create).expectError(InvalidInput.class).verify();
        delegations.resize(actors.member(), d.id(), current.version(), new Capacity(2, new BigDecimal("40"), 8))
                .as(StepVerifier::create).expectError(NotPermitted.class).verify();
        delegations.resize(actors.staff(), d.id(), current.version(), new Capacity(2, new BigDecimal("40"), 8))
                .as(StepVerifier::create)
                .assertNext(resized -> assertThat(resized.used().slots()).as("the offer holds the new slot")
                        .isEqualTo(2))
                .verifyComplete();
        assertThat(delegations.application(actors.member2(), waiting.id()).block().status())
                .isEqualTo(ApplicationStatus.OFFERED);
        Delegation now = delegations.find(d.id()).block();
        delegations.resize(actors.staff(), d.id(), now.version(), new Capacity(1, new BigDecimal("40"), 8))
                .as(StepVerifier::create).expectError(CapacityBelowHeld.class).verify();
        delegations.edit(actors.member2(), waiting.id(), Delegations.application(1, "9")).as(StepVerifier::create)
                .expectError(ApplicationNotEditable.class).verify();
    }

    @Test
    void a_big_waiting_request_is_passed_over_twice_at_most_then_freed_room_is_held_for_it() {
        Delegation d = open(4, "40", 20);
        List<Actor> firms = Flux.range(0, 6).concatMap(i -> members.newFirm("load")).collectList().block();
        DelegationApplication x1 = delegations.apply(firms.get(0), d.id(), Delegations.application(1, "20")).block();
        DelegationApplication x2 = delegations.apply(firms.get(1), d.id(), Delegations.application(1, "20")).block();
        DelegationApplication big = delegations.apply(firms.get(2), d.id(), Delegations.application(1, "30")).block();
        DelegationApplication small1 = delegations.apply(firms.get(3), d.id(), Delegations.application(1, "10"))
                .block();
        DelegationApplication small2 = delegations.apply(firms.get(4), d.id(), Delegations.application(1, "10"))
                .block();
        DelegationApplication small3 = delegations.apply(firms.get(5), d.id(), Delegations.application(1, "10"))
                .block();
        assertThat(List.of(big, small1, small2, small3)).extracting(DelegationApplication::status)
                .containsOnly(ApplicationStatus.WAITLISTED);

        // 20 m² free: the big request (30 m²) does not fit; two small ones are offered, passing it over twice.
        delegations.withdraw(firms.get(0), x1.id()).block();
        assertThat(statusOf(small1)).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(statusOf(small2)).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(statusOf(big)).isEqualTo(ApplicationStatus.WAITLISTED);

        // 10 m² free again: small3 would fit, but the big request has waited long enough; the room is held.
        delegations.withdraw(firms.get(3), small1.id()).block();
        assertThat(statusOf(small3)).isEqualTo(ApplicationStatus.WAITLISTED);
        assertThat(delegations.find(d.id()).block().remaining().areaM2()).isEqualByComparingTo("10");

        // 30 m² free: the big request gets its offer.
        delegations.withdraw(firms.get(1), x2.id()).block();
        assertThat(statusOf(big)).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(statusOf(small3)).isEqualTo(ApplicationStatus.WAITLISTED);
    }

    private ApplicationStatus statusOf(DelegationApplication a) {
        return delegations.application(actors.staff(), a.id()).block().status();
    }

    @Test
    void three_hundred_firms_applying_at_once_never_overbook_and_all_get_an_answer() {
        Delegation d = open(20, "400", 60);
        int firms = 300;
        List<Actor> applicants = Flux.range(0, firms).concatMap(i -> members.newFirm("load")).collectList()
                .block(Duration.ofMinutes(1));
        List<DelegationApplication> answers = Flux.fromIterable(applicants)
                .flatMap(actor -> delegations.apply(actor, d.id(),
                        Delegations.application(1 + actor.username().length() % 3, (10 + actor.username().length() % 7) + ".5")),
                        firms)
                .collectList().block(Duration.ofMinutes(2));
        assertThat(answers).hasSize(firms);
        assertThat(answers).extracting(DelegationApplication::status)
                .allMatch(s -> s == ApplicationStatus.APPROVED || s == ApplicationStatus.WAITLISTED);

        var check = db.sql("""
                        select d.firm_slots, d.used_slots, d.area_m2, d.used_area_m2, d.seats, d.used_seats,
                          (select count(*) from delegation_application a where a.delegation_id = d.id) as total,
                          (select count(*) from delegation_application a where a.delegation_id = d.id
                              and a.status not in ('APPROVED', 'WAITLISTED', 'REJECTED')) as undecided,
                          (select count(*) from delegation_application a where a.delegation_id = d.id
                              and a.holds_capacity) as holding,
                          (select coalesce(sum(a.area_m2), 0) from delegation_application a where a.delegation_id = d.id
                              and a.holds_capacity) as held_area,
                          (select coalesce(sum(a.travellers), 0) from delegation_application a
                              where a.delegation_id = d.id and a.holds_capacity) as held_seats
                        from delegation d where d.id = :id""")
                .bind("id", d.id()).fetch().one().block();
        assertThat(((Number) check.get("total")).intValue()).as("nothing lost").isEqualTo(firms);
        assertThat(((Number) check.get("undecided")).intValue()).as("every applicant has an answer").isZero();
        int usedSlots = ((Number) check.get("used_slots")).intValue();
        assertThat(usedSlots).isLessThanOrEqualTo(20).isEqualTo(((Number) check.get("holding")).intValue());
        assertThat((BigDecimal) check.get("used_area_m2")).isLessThanOrEqualTo(new BigDecimal("400"))
                .isEqualByComparingTo((BigDecimal) check.get("held_area"));
        assertThat(((Number) check.get("used_seats")).intValue()).isLessThanOrEqualTo(60)
                .isEqualTo(((Number) check.get("held_seats")).intValue());
        assertThat(answers).filteredOn(a -> a.status() == ApplicationStatus.APPROVED).hasSize(usedSlots);
        // Closing tells all 300 firms in the same transaction (more rows than the driver prefetches).
        delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CLOSED).as(StepVerifier::create)
                .assertNext(closed -> assertThat(closed.status()).isEqualTo(DelegationStatus.CLOSED))
                .expectComplete().verify(Duration.ofSeconds(60));
    }
}
