package org.exportalliance.portal.logistics.traveller.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.demo.DemoLogisticsDelegation;
import org.exportalliance.portal.logistics.traveller.TravellerDraft;
import org.exportalliance.portal.logistics.traveller.TravellerService;
import org.exportalliance.portal.logistics.traveller.VisaStatus;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Travellers on the demo logistics delegation ({@link DemoLogisticsDelegation}): firm A names 张伟 / ZHANG WEI and
 * 李娜 / LI NA, whose passport expires three months after the fair (flagged); firm B names 王芳 / WANG FANG and a
 * Latin-only name, JONAS SCHMIDT. Staff have recorded two visa steps. Seeded once per delegation.
 */
@Component
@Order(33)
class DemoTravellers implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoTravellers.class);

    private final DemoLogisticsDelegation demo;
    private final TravellerService travellers;

    DemoTravellers(DemoLogisticsDelegation demo, TravellerService travellers) {
        this.demo = demo;
        this.travellers = travellers;
    }

    @Override
    public void seed() {
        demo.seedOnce("traveller", this::seed);
    }

    private Mono<Void> seed(UUID delegationId) {
        return Mono.zip(demo.actor("member"), demo.actor("member2"), demo.actor("staff"), demo.fair(delegationId))
                .flatMap(t -> {
                    Actor firmA = t.getT1();
                    Actor firmB = t.getT2();
                    Actor staff = t.getT3();
                    LocalDate fairEnd = t.getT4().endDate();
                    return travellers.add(firmA, delegationId, new TravellerDraft("ZHANG WEI", "张伟", "CN",
                                    LocalDate.of(1982, 4, 16), "E12345678", fairEnd.plusYears(6), "总经理"))
                            .flatMap(zhang -> travellers.setVisaStatus(staff, zhang.id(), VisaStatus.APPLIED))
                            .then(travellers.add(firmA, delegationId, new TravellerDraft("LI NA", "李娜", "CN",
                                    LocalDate.of(1990, 9, 3), "EB2345671", fairEnd.plusMonths(3), "外贸经理")))
                            .then(travellers.add(firmB, delegationId, new TravellerDraft("WANG FANG", "王芳", "CN",
                                    LocalDate.of(1987, 1, 22), "E87654321", fairEnd.plusYears(4), "技术总监")))
                            .flatMap(wang -> travellers.setVisaStatus(staff, wang.id(), VisaStatus.GRANTED))
                            .then(travellers.add(firmB, delegationId, new TravellerDraft("JONAS SCHMIDT", null, "DE",
                                    LocalDate.of(1979, 11, 30), "C01X00T47", fairEnd.plusYears(8),
                                    "Service engineer")));
                })
                .doOnNext(last -> log.info("Seeded the demo travellers"))
                .then();
    }
}
