package org.exportalliance.portal.delegation.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds a delegation that is over: the alliance's pavilion at the last ITM in Istanbul, DONE, which every exporting
 * demo firm joined, with its shared costs and a county subsidy in the ledger. The insight's fair return has a fair
 * to measure (the demo order history attributes orders to it). Written directly, as a past delegation's history
 * cannot be replayed through today's state machine.
 */
@Component
@Order(37)
class DemoPastDelegation implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoPastDelegation.class);
    private static final long SEED_LOCK = 7_100_037L;
    private static final Pattern ITM = Pattern.compile("ITM \\d{4}");
    private static final BigDecimal BOOTH_M2 = new BigDecimal("18");
    private static final int TRAVELLERS = 2;
    private static final List<Cost> COSTS = List.of(
            new Cost("BOOTH_RENT", "ITM 光地展位租金（144 m²）", "172800.00", "BY_AREA"),
            new Cost("PAVILION_BUILD", "新昌区域展馆特装搭建", "68000.00", "EQUAL"),
            new Cost("FREIGHT", "展品海运拼箱 宁波—伊斯坦布尔", "52600.00", "BY_AREA"),
            new Cost("INTERPRETERS", "随团翻译 4 名 × 6 天", "28800.00", "PER_TRAVELLER"),
            new Cost("SUBSIDY", "新昌县商务局境外参展补贴", "60000.00", "EQUAL"));

    private final FairService fairs;
    private final DemoSeeding demo;
    private final DatabaseClient db;

    DemoPastDelegation(FairService fairs, DemoSeeding demo, DatabaseClient db) {
        this.fairs = fairs;
        this.demo = demo;
        this.db = db;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(demo.clock());
        Mono<Fair> lastItm = fairs.search(new FairFilter(false, null, null, "ITM", false), FairSort.START_DATE,
                        FairPage.of(0, 20))
                .filter(f -> ITM.matcher(f.nameEn()).matches() && f.endDate().isBefore(today))
                .next();
        demo.run(SEED_LOCK, lastItm, fair -> DemoDelegations.hasNoDelegation(db, fair),
                fair -> Mono.zip(demo.actor("staff"), demo.exporters())
                        .flatMap(t -> seed(fair, t.getT1(), t.getT2())));
    }

    private Mono<Void> seed(Fair fair, Actor staff, List<Firm> exporters) {
        UUID id = UUID.randomUUID();
        ZoneId zone = demo.clock().getZone();
        OffsetDateTime opened = fair.startDate().minusDays(120).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime closed = fair.startDate().minusDays(45).atStartOfDay(zone).toOffsetDateTime();
        int firmCount = exporters.size();
        return db.sql("""
                        insert into delegation (id, fair_id, title_zh, title_en, organiser, applications_open,
                            applications_close, firm_slots, area_m2, seats, used_slots, used_area_m2, used_seats,
                            policy, fee_per_firm_cny, fee_per_m2_cny, status, created_by, created_at, updated_at)
                        values (:id, :fair, :titleZh, :titleEn, '新昌县纺织机械行业协会', :opened, :closed, 10, 200, 30,
                            :firms, :area, :seats, 'FIFO', 6000, 1200, 'DONE', :staff, :opened, :closed)""")
                .bind("id", id).bind("fair", fair.id())
                .bind("titleZh", "新昌纺机 " + fair.nameZh() + " 展团")
                .bind("titleEn", "Xinchang pavilion at " + fair.nameEn())
                .bind("opened", opened).bind("closed", closed).bind("firms", firmCount)
                .bind("area", BOOTH_M2.multiply(BigDecimal.valueOf(firmCount)))
                .bind("seats", TRAVELLERS * firmCount).bind("staff", staff.userId())
                .then()
                .thenMany(Flux.fromIterable(exporters).concatMap(firm -> approved(id, firm, staff, opened, closed)))
                .thenMany(Flux.fromIterable(COSTS).concatMap(cost -> cost(id, cost, staff, closed)))
                .then(Mono.fromRunnable(() -> log.info("Seeded the demo delegation to {}, now over",
                        fair.nameEn())));
    }

    private Mono<Void> approved(UUID delegation, Firm firm, Actor staff, OffsetDateTime opened,
            OffsetDateTime closed) {
        return db.sql("""
                        insert into delegation_application (id, delegation_id, firm_id, submitted_by, travellers,
                            area_m2, status, holds_capacity, decision_reason, decided_by, decided_at, submitted_at,
                            updated_at)
                        values (:id, :delegation, :firm, :staff, :travellers, :area, 'APPROVED', true,
                            '先到先得 First come, first served', :staff, :closed, :opened, :closed)""")
                .bind("id", UUID.randomUUID()).bind("delegation", delegation).bind("firm", firm.id())
                .bind("staff", staff.userId()).bind("travellers", TRAVELLERS).bind("area", BOOTH_M2)
                .bind("opened", opened).bind("closed", closed)
                .then();
    }

    private Mono<Void> cost(UUID delegation, Cost cost, Actor staff, OffsetDateTime at) {
        return db.sql("""
                        insert into cost_item (id, delegation_id, kind, description, amount_cny, split_rule,
                            created_by, created_at)
                        values (:id, :delegation, :kind, :description, :amount, :rule, :staff, :at)""")
                .bind("id", UUID.randomUUID()).bind("delegation", delegation).bind("kind", cost.kind())
                .bind("description", cost.description()).bind("amount", new BigDecimal(cost.amount()))
                .bind("rule", cost.rule()).bind("staff", staff.userId()).bind("at", at)
                .then();
    }

    private record Cost(String kind, String description, String amount, String rule) {
    }
}
