package org.exportalliance.portal.delegation.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.ApplicationDraft;
import org.exportalliance.portal.delegation.DelegationDraft;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.delegation.Exhibit;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Seeds an open delegation to the next ITMA, with applications from the chain leader and firm B already decided, so
 * that {@code member} (firm A) can apply and {@code staff} has something to run; and a closed delegation to the next
 * India ITME (days away) where firm A, firm B and the chain leader are approved, so that the logistics pack
 * (pavilion, travellers, itinerary, shipping, checklist) has a delegation to show. Later demo seeders find that one
 * through {@link DemoLogisticsDelegation}.
 */
@Component
@Order(30)
class DemoDelegations implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDelegations.class);
    private static final long SEED_LOCK = 7_100_003L;
    private static final Pattern ITMA = Pattern.compile("ITMA \\d{4}");

    private final DelegationService delegations;
    private final FairService fairs;
    private final DemoSeeding demo;
    private final DatabaseClient db;

    DemoDelegations(DelegationService delegations, FairService fairs, DemoSeeding demo, DatabaseClient db) {
        this.delegations = delegations;
        this.fairs = fairs;
        this.demo = demo;
        this.db = db;
    }

    @Override
    public void seed() {
        demo.run(SEED_LOCK, fairs.search(new FairFilter(true, null, null, "ITMA", false), FairSort.START_DATE,
                                FairPage.of(0, 20))
                        .filter(f -> ITMA.matcher(f.nameEn()).matches())
                        .next(),
                fair -> hasNoDelegation(db, fair), this::seedFor);
        demo.run(SEED_LOCK, fairs.search(new FairFilter(true, null, null, "India ITME", false),
                        FairSort.START_DATE, FairPage.of(0, 5)).next(),
                fair -> hasNoDelegation(db, fair), this::seedLogisticsFor);
    }

    /** Each demo delegation is seeded once per fair, so an older demo database gains the ones added later. */
    static Mono<Boolean> hasNoDelegation(DatabaseClient db, Fair fair) {
        return db.sql("select not exists (select 1 from delegation where fair_id = :fair)")
                .bind("fair", fair.id())
                .map(row -> row.get(0, Boolean.class))
                .one();
    }

    private Mono<Void> seedFor(Fair itma) {
        Instant now = demo.clock().instant();
        return Mono.zip(demo.actor("staff"), demo.actor("leader"), demo.actor("member2"))
                .flatMap(a -> delegations.create(a.getT1(), new DelegationDraft(itma.id(),
                                "新昌纺机 " + itma.nameZh() + " 展团", "Xinchang pavilion at " + itma.nameEn(),
                                "新昌县纺织机械行业协会", now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(60)),
                                20, new BigDecimal("360"), 60, AllocationPolicy.FIFO, new BigDecimal("8000.00"),
                                new BigDecimal("1500.00")))
                        .flatMap(d -> delegations.moveTo(a.getT1(), d.id(), DelegationStatus.OPEN))
                        .flatMap(d -> delegations.apply(a.getT2(), d.id(), new ApplicationDraft(4,
                                        new BigDecimal("54"), List.of(new Exhibit("高速剑杆织机 JT-9100",
                                                new BigDecimal("5200"), new BigDecimal("21.5")),
                                        new Exhibit("倍捻机 DT-300", new BigDecimal("3100"), new BigDecimal("12.0"))),
                                        "链主企业主展位，需靠近通道"))
                                .then(delegations.apply(a.getT3(), d.id(), new ApplicationDraft(2,
                                        new BigDecimal("18"), List.of(new Exhibit("喷气织机 AJ-800",
                                                new BigDecimal("3800"), new BigDecimal("16.0"))), "")))
                                .thenReturn(d)))
                .doOnNext(d -> log.info("Seeded the demo delegation to {}", itma.nameEn()))
                .then();
    }

    /** A delegation past its window, with three approved firms: the one the logistics pack demo works on. */
    private Mono<Void> seedLogisticsFor(Fair itme) {
        Instant now = demo.clock().instant();
        return Mono.zip(demo.actor("staff"), demo.actor("leader"), demo.actor("member"), demo.actor("member2"))
                .flatMap(a -> delegations.create(a.getT1(), new DelegationDraft(itme.id(),
                                "新昌纺机 " + itme.nameZh() + " 展团", "Xinchang pavilion at " + itme.nameEn(),
                                "新昌县纺织机械行业协会", now.minus(Duration.ofDays(60)), now.plus(Duration.ofMinutes(5)),
                                8, new BigDecimal("120"), 20, AllocationPolicy.FIFO, new BigDecimal("6000.00"),
                                new BigDecimal("1200.00")))
                        .flatMap(d -> delegations.moveTo(a.getT1(), d.id(), DelegationStatus.OPEN))
                        .flatMap(d -> delegations.apply(a.getT2(), d.id(), new ApplicationDraft(3,
                                        new BigDecimal("36"), List.of(new Exhibit("细纱机 FA-1568",
                                                new BigDecimal("6400"), new BigDecimal("28.0"))), ""))
                                .then(delegations.apply(a.getT3(), d.id(), new ApplicationDraft(2,
                                        new BigDecimal("18"), List.of(new Exhibit("剑杆织机 TM-760",
                                                new BigDecimal("2900"), new BigDecimal("11.5"))),
                                        "展品需叉车卸货")))
                                .then(delegations.apply(a.getT4(), d.id(), new ApplicationDraft(2,
                                        new BigDecimal("12"), List.of(new Exhibit("喷气织机 AJ-800",
                                                new BigDecimal("3800"), new BigDecimal("16.0"))), "")))
                                .then(delegations.moveTo(a.getT1(), d.id(), DelegationStatus.CLOSED))))
                .doOnNext(d -> log.info("Seeded the demo logistics delegation to {}", itme.nameEn()))
                .then();
    }
}
