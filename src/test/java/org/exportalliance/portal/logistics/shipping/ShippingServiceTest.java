package org.exportalliance.portal.logistics.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.ApplicationDraft;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.Exhibit;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

@PortalTest
class ShippingServiceTest {

    @Autowired ShippingService shipping;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired NotificationService notifications;
    @Autowired DatabaseClient db;
    @Autowired Actors actors;

    static ApplicationDraft withExhibits(String... machines) {
        List<Exhibit> exhibits = new ArrayList<>();
        for (String m : machines) {
            exhibits.add(new Exhibit(m, new BigDecimal("2900"), new BigDecimal("11.5")));
        }
        return new ApplicationDraft(2, new BigDecimal("18"), exhibits, "");
    }

    /** An open FIFO delegation where firm A and firm B are approved with the given exhibits. */
    Delegation delegation(List<String> firmA, List<String> firmB) {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), withExhibits(firmA.toArray(String[]::new))).block();
        if (!firmB.isEmpty()) {
            delegations.apply(actors.member2(), d.id(), withExhibits(firmB.toArray(String[]::new))).block();
        }
        return d;
    }

    Shipment only(Actor actor, Delegation d) {
        List<Shipment> all = shipping.shipments(actor, d.id()).collectList().block();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    @Test
    void milestones_go_forward_one_step_at_a_time_with_when_who_and_reference() {
        Delegation d = delegation(List.of("剑杆织机 TM-760"), List.of());
        Actor member = actors.member();
        Shipment s = only(member, d);
        assertThat(s.stage()).isNull();
        assertThat(s.next()).contains(ShippingMilestone.BOOKED);
        assertThat(s.machine()).isEqualTo("剑杆织机 TM-760");

        shipping.record(actors.member(), s.exhibitId(), ShippingMilestone.AT_PORT, "宁波舟山港")
                .as(StepVerifier::create).expectError(MilestoneOutOfOrder.class).verify();
        shipping.record(actors.member(), s.exhibitId(), ShippingMilestone.BOOKED, " COSCO 订舱号 6284417350 ")
                .as(StepVerifier::create)
                .assertNext(booked -> {
                    assertThat(booked.stage()).isEqualTo(ShippingMilestone.BOOKED);
                    assertThat(booked.milestones()).singleElement().satisfies(m -> {
                        assertThat(m.reference()).isEqualTo("COSCO 订舱号 6284417350");
                        assertThat(m.recordedBy()).isEqualTo(member.userId());
                        assertThat(m.recordedByName()).isNotBlank();
                        assertThat(m.recordedAt()).isBetween(java.time.Instant.now().minusSeconds(60),
                                java.time.Instant.now().plusSeconds(5));
                    });
                })
                .verifyComplete();
        // No going back, no repeating.
        shipping.record(actors.staff(), s.exhibitId(), ShippingMilestone.BOOKED, null)
                .as(StepVerifier::create).expectError(MilestoneOutOfOrder.class).verify();
        shipping.record(actors.staff(), s.exhibitId(), ShippingMilestone.CUSTOMS_CLEARED, null)
                .as(StepVerifier::create).expectError(MilestoneOutOfOrder.class).verify();
        for (ShippingMilestone m : List.of(ShippingMilestone.AT_PORT, ShippingMilestone.CUSTOMS_CLEARED,
                ShippingMilestone.AT_BOOTH)) {
            shipping.record(actors.staff(), s.exhibitId(), m, null).as(StepVerifier::create)
                    .assertNext(moved -> assertThat(moved.stage()).isEqualTo(m)).verifyComplete();
        }
        Shipment done = only(actors.staff(), d);
        assertThat(done.next()).isEmpty();
        assertThat(done.milestones()).extracting(MilestoneRecord::milestone)
                .containsExactly(ShippingMilestone.values());
        shipping.record(actors.staff(), s.exhibitId(), ShippingMilestone.AT_BOOTH, null)
                .as(StepVerifier::create).expectError(MilestoneOutOfOrder.class).verify();
    }

    @Test
    void the_firm_hears_when_staff_record_a_milestone_and_every_step_is_audited() {
        Delegation d = delegation(List.of("细纱机 FA-1568"), List.of());
        Shipment s = only(actors.staff(), d);
        long before = shippingNotices(actors.member());
        shipping.record(actors.member(), s.exhibitId(), ShippingMilestone.BOOKED, "").block();
        shipping.record(actors.staff(), s.exhibitId(), ShippingMilestone.AT_PORT, "Nhava Sheva").block();
        // Only the staff's step is told; the firm knows what it recorded itself.
        assertThat(shippingNotices(actors.member())).isEqualTo(before + 1);
        var latest = notifications.recent(actors.member(), 1).blockFirst();
        assertThat(latest.messageKey()).isEqualTo("notify.shipping.AT_PORT");
        assertThat(latest.args()).contains("细纱机 FA-1568");
        assertThat(latest.link()).isEqualTo("delegation/" + d.id());
        assertThat(db.sql("select count(*) from audit_event where subject_id = :d and action like 'shipping.%'")
                .bind("d", d.id().toString()).map(row -> row.get(0, Long.class)).one().block()).isEqualTo(2);
    }

    @Test
    void another_firms_exhibits_are_not_found_and_not_listed() {
        Delegation d = delegation(List.of("剑杆织机 TM-760"), List.of("喷气织机 AJ-800"));
        Shipment firmA = only(actors.member(), d);
        Shipment firmB = only(actors.member2(), d);
        assertThat(firmB.machine()).isEqualTo("喷气织机 AJ-800");
        assertThat(shipping.shipments(actors.staff(), d.id()).map(Shipment::exhibitId).collectList().block())
                .containsExactly(firmA.exhibitId(), firmB.exhibitId());
        shipping.record(actors.member2(), firmA.exhibitId(), ShippingMilestone.BOOKED, null)
                .as(StepVerifier::create).expectError(ExhibitNotFound.class).verify();
        shipping.shipment(actors.member2(), firmA.exhibitId()).as(StepVerifier::create)
                .expectError(ExhibitNotFound.class).verify();
    }

    @Test
    void exhibits_of_applications_without_a_place_are_not_shipped() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.SCORED);
        var pending = delegations.apply(actors.member(), d.id(), withExhibits("经编机 KM-4")).block();
        assertThat(shipping.shipments(actors.staff(), d.id()).collectList().block()).isEmpty();
        UUID exhibit = db.sql("select id from application_exhibit where application_id = :a")
                .bind("a", pending.id()).map(row -> row.get(0, UUID.class)).one().block();
        shipping.record(actors.staff(), exhibit, ShippingMilestone.BOOKED, null).as(StepVerifier::create)
                .expectError(ExhibitNotPlaced.class).verify();
        shipping.record(actors.staff(), exhibit, null, "x".repeat(201)).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactlyInAnyOrder(
                        new FieldProblem("milestone", "validation.required"),
                        new FieldProblem("reference", "validation.too-long.200")))
                .verify();
    }

    @Test
    void two_people_recording_the_same_next_milestone_at_once_leave_exactly_one_record() throws Exception {
        int exhibits = 8;
        String[] machines = new String[exhibits];
        for (int i = 0; i < exhibits; i++) {
            machines[i] = "织机 " + i;
        }
        Delegation d = delegation(List.of(machines), List.of());
        List<Shipment> all = shipping.shipments(actors.staff(), d.id()).collectList().block();
        Actor staff = actors.staff();
        Actor member = actors.member();
        for (ShippingMilestone step : List.of(ShippingMilestone.BOOKED, ShippingMilestone.AT_PORT)) {
            for (Shipment s : all) {
                CountDownLatch go = new CountDownLatch(1);
                List<Mono<String>> attempts = List.of(staff, member).stream()
                        .map(actor -> Mono.fromRunnable(() -> await(go))
                                .subscribeOn(Schedulers.boundedElastic())
                                .then(shipping.record(actor, s.exhibitId(), step, actor.username()))
                                .map(x -> "ok")
                                .onErrorResume(Refusal.class, e -> Mono.just(e.getClass().getSimpleName())))
                        .toList();
                var outcomes = Flux.merge(attempts).collectList().toFuture();
                go.countDown();
                List<String> results = outcomes.get();
                assertThat(results).as(step + " on " + s.machine()).containsOnlyOnce("ok");
                assertThat(results).filteredOn(r -> !r.equals("ok"))
                        .allMatch(r -> r.equals(ChangedConcurrently.class.getSimpleName())
                                || r.equals(MilestoneOutOfOrder.class.getSimpleName()));
            }
        }
        assertThat(db.sql("select count(*) from exhibit_milestone m join application_exhibit e on e.id = m.exhibit_id "
                        + "join delegation_application a on a.id = e.application_id where a.delegation_id = :d")
                .bind("d", d.id()).map(row -> row.get(0, Long.class)).one().block()).isEqualTo(2L * exhibits);
        assertThat(shipping.shipments(actors.staff(), d.id()).map(Shipment::stage).collectList().block())
                .containsOnly(ShippingMilestone.AT_PORT);
    }

    long shippingNotices(Actor actor) {
        return db.sql("select count(*) from notification where user_id = :u and message_key like 'notify.shipping.%'")
                .bind("u", actor.userId()).map(row -> row.get(0, Long.class)).one().block();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void the_database_itself_refuses_skipped_repeated_and_unknown_milestones() {
        Delegation d = delegation(List.of("倍捻机 DT-300"), List.of());
        Shipment s = only(actors.staff(), d);
        UUID staff = actors.staff().userId();
        db.sql("insert into exhibit_shipment (exhibit_id, stage, updated_at) values (:id, 'LOST', now())")
                .bind("id", s.exhibitId()).then().as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("exhibit_shipment_stage_check")).verify();
        shipping.record(actors.staff(), s.exhibitId(), ShippingMilestone.BOOKED, null).block();
        String insert = "insert into exhibit_milestone (exhibit_id, milestone, previous, recorded_at, recorded_by) "
                + "values (:id, :m, :p, now(), :by)";
        // Skipping: CUSTOMS_CLEARED after AT_PORT, which was never recorded.
        db.sql(insert).bind("id", s.exhibitId()).bind("m", "CUSTOMS_CLEARED").bind("p", "AT_PORT").bind("by", staff)
                .then().as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("exhibit_milestone_after_previous"))
                .verify();
        // Claiming another predecessor than the order has.
        db.sql(insert).bind("id", s.exhibitId()).bind("m", "AT_BOOTH").bind("p", "BOOKED").bind("by", staff)
                .then().as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("exhibit_milestone_in_order")).verify();
        // Recording BOOKED twice.
        db.sql("insert into exhibit_milestone (exhibit_id, milestone, recorded_at, recorded_by) "
                        + "values (:id, 'BOOKED', now(), :by)").bind("id", s.exhibitId()).bind("by", staff)
                .then().as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("exhibit_milestone_pkey")).verify();
    }
}
