package org.exportalliance.portal.logistics.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

@PortalTest
class ItineraryServiceTest {

    @Autowired ItineraryService itinerary;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired AuditService audit;
    @Autowired DatabaseClient db;
    @Autowired Actors actors;

    /** An open delegation where firm A ({@code member}) is approved; firm B ({@code member2}) only if asked. */
    Delegation delegationWithFirmA(boolean firmBToo) {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        if (firmBToo) {
            delegations.apply(actors.member2(), d.id(), Delegations.application(2, "12")).block();
        }
        return d;
    }

    static ItineraryDraft flight() {
        return new ItineraryDraft(ItineraryKind.FLIGHT, "MU563 上海浦东 PVG → 新德里 DEL",
                LocalDateTime.of(2026, 12, 6, 10, 15), "Asia/Shanghai", LocalDateTime.of(2026, 12, 6, 15, 10),
                "Asia/Kolkata", "上海浦东国际机场 T1", "订座编号 HK7Q2M");
    }

    static ItineraryDraft meeting(String title) {
        return new ItineraryDraft(ItineraryKind.MEETING, title, LocalDateTime.of(2026, 12, 9, 14, 0), "Asia/Kolkata",
                LocalDateTime.of(2026, 12, 9, 15, 0), null, "展位洽谈区", "");
    }

    @Test
    void a_flight_keeps_its_departure_and_arrival_zones_and_the_right_instants() {
        Delegation d = delegationWithFirmA(false);
        itinerary.add(actors.staff(), d.id(), flight()).as(StepVerifier::create)
                .assertNext(item -> {
                    assertThat(item.delegationWide()).isTrue();
                    // 10:15 in Shanghai (UTC+8) and 15:10 in Delhi (UTC+5:30).
                    assertThat(item.startsAt()).isEqualTo(Instant.parse("2026-12-06T02:15:00Z"));
                    assertThat(item.endsAt()).isEqualTo(Instant.parse("2026-12-06T09:40:00Z"));
                    assertThat(item.localStart().toLocalTime()).hasToString("10:15");
                    assertThat(item.localEnd().toLocalTime()).hasToString("15:10");
                    assertThat(item.endZone().getId()).isEqualTo("Asia/Kolkata");
                })
                .verifyComplete();
        assertThat(audit.countFor("delegation", d.id()).block()).isPositive();
    }

    @Test
    void delegation_wide_items_reach_every_firm_taking_part_and_no_other() {
        Delegation d = delegationWithFirmA(false);
        ItineraryItem shared = itinerary.add(actors.staff(), d.id(), flight()).block();
        itinerary.items(actors.member(), d.id()).map(ItineraryItem::id).as(StepVerifier::create)
                .expectNext(shared.id()).verifyComplete();
        // Firm B has not applied: it sees nothing, and cannot add items of its own.
        itinerary.items(actors.member2(), d.id()).as(StepVerifier::create).verifyComplete();
        delegations.takesPart(actors.member2(), d.id()).as(StepVerifier::create).expectNext(false).verifyComplete();
        itinerary.add(actors.member2(), d.id(), meeting("与采购商会谈")).as(StepVerifier::create)
                .expectError(NotTakingPart.class).verify();
        itinerary.item(actors.member2(), shared.id()).as(StepVerifier::create)
                .expectError(ItineraryItemNotFound.class).verify();
    }

    @Test
    void a_firms_own_item_is_seen_by_the_firm_and_staff_only() {
        Delegation d = delegationWithFirmA(true);
        ItineraryItem shared = itinerary.add(actors.staff(), d.id(), flight()).block();
        ItineraryItem own = itinerary.add(actors.member(), d.id(), meeting("与 Patel Fabrics 洽谈")).block();
        assertThat(own.firmId()).isEqualTo(actors.member().firmId());

        itinerary.items(actors.member(), d.id()).map(ItineraryItem::id).collectList().as(StepVerifier::create)
                .assertNext(ids -> assertThat(ids).containsExactly(shared.id(), own.id())).verifyComplete();
        itinerary.items(actors.staff(), d.id()).map(ItineraryItem::id).collectList().as(StepVerifier::create)
                .assertNext(ids -> assertThat(ids).containsExactly(shared.id(), own.id())).verifyComplete();
        itinerary.items(actors.member2(), d.id()).map(ItineraryItem::id).collectList().as(StepVerifier::create)
                .assertNext(ids -> assertThat(ids).containsExactly(shared.id())).verifyComplete();

        Actor firmB = actors.member2();
        itinerary.item(firmB, own.id()).as(StepVerifier::create).expectError(ItineraryItemNotFound.class).verify();
        itinerary.change(firmB, own.id(), null, meeting("改掉")).as(StepVerifier::create)
                .expectError(ItineraryItemNotFound.class).verify();
        itinerary.remove(firmB, own.id()).as(StepVerifier::create).expectError(ItineraryItemNotFound.class).verify();
        assertThat(itinerary.item(actors.member(), own.id()).block().title()).isEqualTo("与 Patel Fabrics 洽谈");
    }

    @Test
    void only_the_keeper_changes_or_removes_an_item_and_a_stale_version_is_refused() {
        Delegation d = delegationWithFirmA(false);
        ItineraryItem shared = itinerary.add(actors.staff(), d.id(), meeting("欢迎晚宴")).block();
        ItineraryItem own = itinerary.add(actors.of("firmadmin"), d.id(), meeting("采购商会谈")).block();

        itinerary.change(actors.member(), shared.id(), null, meeting("改掉")).as(StepVerifier::create)
                .expectError(NotItemOwner.class).verify();
        itinerary.remove(actors.staff(), own.id()).as(StepVerifier::create).expectError(NotItemOwner.class).verify();

        // Any user of firm A keeps firm A's items.
        itinerary.change(actors.member(), own.id(), own.version(), meeting("采购商会谈（改到 14:00）"))
                .as(StepVerifier::create)
                .assertNext(changed -> assertThat(changed.version()).isEqualTo(own.version() + 1))
                .verifyComplete();
        itinerary.change(actors.staff(), shared.id(), shared.version() + 7, meeting("欢迎晚宴"))
                .as(StepVerifier::create).expectError(ChangedConcurrently.class).verify();
        itinerary.remove(actors.staff(), shared.id()).as(StepVerifier::create).verifyComplete();
        itinerary.item(actors.staff(), shared.id()).as(StepVerifier::create)
                .expectError(ItineraryItemNotFound.class).verify();
    }

    @Test
    void bad_items_are_refused_field_by_field_and_nothing_is_written() {
        Delegation d = delegationWithFirmA(false);
        ItineraryDraft endBeforeStart = new ItineraryDraft(ItineraryKind.MEETING, "晚宴",
                LocalDateTime.of(2026, 12, 7, 21, 0), "Asia/Kolkata", LocalDateTime.of(2026, 12, 7, 19, 0), null, "",
                "");
        itinerary.add(actors.staff(), d.id(), endBeforeStart).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("end", "itinerary.validation.end-before-start")))
                .verify();
        ItineraryDraft badZones = new ItineraryDraft(ItineraryKind.FLIGHT, " ", LocalDateTime.of(2026, 12, 6, 10, 0),
                "Mars/Olympus_Mons", null, "+05:30", "", "");
        itinerary.add(actors.staff(), d.id(), badZones).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactlyInAnyOrder(
                        new FieldProblem("title", "validation.required"),
                        new FieldProblem("timeZone", "itinerary.validation.time-zone"),
                        new FieldProblem("endTimeZone", "itinerary.validation.time-zone"),
                        new FieldProblem("end", "validation.required")))
                .verify();
        ItineraryDraft hotelInTwoZones = new ItineraryDraft(ItineraryKind.HOTEL, "酒店",
                LocalDateTime.of(2026, 12, 6, 18, 0), "Asia/Kolkata", LocalDateTime.of(2026, 12, 12, 11, 0),
                "Asia/Shanghai", "", "");
        itinerary.add(actors.staff(), d.id(), hotelInTwoZones).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("endTimeZone", "itinerary.validation.one-zone")))
                .verify();
        // A flight may land "earlier" by the clock than it took off, as long as it is later in fact.
        ItineraryDraft westward = new ItineraryDraft(ItineraryKind.FLIGHT, "PVG → DEL 早班",
                LocalDateTime.of(2026, 12, 6, 10, 0), "Asia/Shanghai", LocalDateTime.of(2026, 12, 6, 9, 0),
                "Asia/Kolkata", "", "");
        itinerary.add(actors.staff(), d.id(), westward).as(StepVerifier::create)
                .assertNext(item -> assertThat(item.endsAt()).isAfter(item.startsAt())).verifyComplete();
        assertThat(itinerary.items(actors.staff(), d.id()).count().block()).isEqualTo(1);
    }

    @Test
    void the_database_itself_refuses_an_end_before_the_start_and_two_zones_for_a_hotel() {
        Delegation d = delegationWithFirmA(false);
        String insert = "insert into itinerary_item (id, delegation_id, kind, title, starts_at, ends_at, start_zone, "
                + "end_zone, created_at, updated_at) values (:id, :d, :kind, 'x', :starts, :ends, 'Asia/Kolkata', "
                + ":endZone, now(), now())";
        db.sql(insert).bind("id", UUID.randomUUID()).bind("d", d.id()).bind("kind", "MEETING")
                .bind("starts", Instant.parse("2026-12-07T10:00:00Z")).bind("ends", Instant.parse("2026-12-07T09:00:00Z"))
                .bind("endZone", "Asia/Kolkata").then()
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("itinerary_item_ends_after_start"))
                .verify();
        db.sql(insert).bind("id", UUID.randomUUID()).bind("d", d.id()).bind("kind", "HOTEL")
                .bind("starts", Instant.parse("2026-12-07T10:00:00Z")).bind("ends", Instant.parse("2026-12-09T09:00:00Z"))
                .bind("endZone", "Asia/Shanghai").then()
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("itinerary_item_one_zone_unless_flight"))
                .verify();
    }
}
