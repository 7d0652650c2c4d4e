package org.exportalliance.portal.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.ReactiveGuard.onReactiveThread;

import java.time.LocalDateTime;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.logistics.itinerary.ItineraryDraft;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.exportalliance.portal.logistics.shipping.ShippingMilestone;
import org.exportalliance.portal.logistics.shipping.ShippingService;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The itinerary (including the .ics, which ical4j writes after reading its zone definitions from the class path) and
 * shipping services never block a reactive thread. BlockHound guards every test JVM (support.BlockHoundEverywhere).
 */
@PortalTest
class LogisticsNonBlockingTest {

    @Autowired ItineraryService itinerary;
    @Autowired ShippingService shipping;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;

    @BeforeEach
    void guard() {
        // Installing twice is a no-op; the allowances are those of NonBlockingServicesTest.
        ReactiveGuard.install();
    }


    @Test
    void itinerary_calendar_and_shipping_never_block() {
        Actor staff = actors.staff();
        Actor member = actors.member();
        Delegation d = Delegations.open(fairs, delegations, staff, 3, "60", 10, AllocationPolicy.FIFO);
        delegations.apply(member, d.id(), Delegations.application(2, "18")).block();
        ItineraryDraft flight = new ItineraryDraft(ItineraryKind.FLIGHT, "MU563 PVG → DEL",
                LocalDateTime.of(2026, 12, 6, 10, 15), "Asia/Shanghai", LocalDateTime.of(2026, 12, 6, 15, 10),
                "Asia/Kolkata", "", "");
        onReactiveThread(() -> itinerary.add(staff, d.id(), flight)
                .flatMap(item -> itinerary.change(staff, item.id(), item.version(), flight))
                .thenMany(itinerary.items(member, d.id())).collectList())
                .as(StepVerifier::create).assertNext(items -> assertThat(items).hasSize(1)).verifyComplete();
        onReactiveThread(() -> itinerary.calendar(member, d.id(), PortalLocales.CHINESE))
                .as(StepVerifier::create)
                .assertNext(file -> assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("BEGIN:VTIMEZONE", "TZID:Asia/Kolkata"))
                .verifyComplete();
        onReactiveThread(() -> shipping.shipments(staff, d.id()).next()
                .flatMap(s -> shipping.record(staff, s.exhibitId(), ShippingMilestone.BOOKED, "COSCO 6284417350")))
                .as(StepVerifier::create)
                .assertNext(s -> assertThat(s.stage()).isEqualTo(ShippingMilestone.BOOKED)).verifyComplete();
    }
}
