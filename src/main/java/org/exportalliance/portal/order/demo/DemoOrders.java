package org.exportalliance.portal.order.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderDraft;
import org.exportalliance.portal.order.OrderLineDraft;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Seeds export orders so each demo user sees them at work: FX rates of the last 120 days for the currencies the
 * demo trades in; firm A's order from its Tessitura Rossi claim (EUR, in production), its order from the India ITME
 * delegation (INR, confirmed) and a direct quote (USD); firm B's order from its Dhaka Knit claim (USD, shipped);
 * and the chain leader's paid order. Staff see all of them.
 */
@Component
@Order(50)
class DemoOrders implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);
    private static final long SEED_LOCK = 7_100_050L;
    private static final int QUOTED_DAYS_AGO = 40;

    private final OrderService orders;
    private final ClaimService claims;
    private final DelegationService delegations;
    private final DemoSeeding demo;
    private final DemoRates rates;

    DemoOrders(OrderService orders, ClaimService claims, DelegationService delegations, DemoSeeding demo,
            DemoRates rates) {
        this.orders = orders;
        this.claims = claims;
        this.delegations = delegations;
        this.demo = demo;
        this.rates = rates;
    }

    @Override
    public void seed() {
        demo.run(SEED_LOCK, demo.check("select not exists (select 1 from export_order)"),
                () -> Mono.zip(demo.actor("staff"), demo.actor("leader"), demo.actor("member"), demo.actor("member2"))
                        .flatMap(a -> seed(a.getT1(), a.getT2(), a.getT3(), a.getT4())));
    }

    private Mono<Void> seed(Actor staff, Actor leader, Actor member, Actor member2) {
        LocalDate today = LocalDate.now(demo.clock());
        return rates.seed(staff, today.minusDays(120), today)
                .then(claimOn(member, "Tessitura Rossi").flatMap(claim -> order(member, draft("Tessitura Rossi S.p.A.",
                        "IT", "EUR", "CIF", "Genoa", "LEAD", claim, null, today.plusDays(45),
                        line("WEAVING", "Air-jet loom TA-910", 6, "41800.00"),
                        line("WEAVING", "Electronic dobby set", 6, "3650.00")), OrderStage.CONFIRMED,
                        OrderStage.IN_PRODUCTION)))
                .then(itme(member).flatMap(delegation -> order(member, draft("Arvind Spinning Mills", "IN", "INR",
                        "FOB", "Shanghai", "FAIR", null, delegation, today.plusDays(30),
                        line("SPINNING", "Ring spinning frame RS-1600", 4, "3150000")), OrderStage.CONFIRMED)))
                .then(order(member, draft("Nile Cotton Textiles", "EG", "USD", "FCA", "Ningbo", "DIRECT", null, null,
                        today.plusDays(60), line("SPINNING", "Carding machine CK-300", 2, "68500.00"))))
                .then(claimOn(member2, "Dhaka Knit").flatMap(claim -> order(member2, draft("Dhaka Knit Composite Ltd.",
                        "BD", "USD", "CFR", "Chittagong", "LEAD", claim, null, today.minusDays(1),
                        line("KNITTING", "Circular knitting machine CK-34", 10, "52400.00")), OrderStage.CONFIRMED,
                        OrderStage.IN_PRODUCTION, OrderStage.SHIPPED)))
                .then(order(leader, draft("Bursa Teks Dokuma A.Ş.", "TR", "EUR", "DAP", "Bursa", "DIRECT", null, null,
                        today.minusDays(1), line("BEARINGS_PARTS", "Spindle bearing kit", 400, "86.50")),
                        OrderStage.CONFIRMED, OrderStage.IN_PRODUCTION, OrderStage.SHIPPED, OrderStage.DELIVERED,
                        OrderStage.PAID))
                .then(Mono.fromRunnable(() -> log.info("Seeded the demo export orders and FX rates")));
    }

    /** The order, quoted {@link #QUOTED_DAYS_AGO} days ago and moved on a week a stage (never past today). */
    private Mono<ExportOrder> order(Actor actor, OrderDraft draft, OrderStage... stages) {
        LocalDate today = LocalDate.now(demo.clock());
        LocalDate quoted = today.minusDays(QUOTED_DAYS_AGO);
        Mono<ExportOrder> order = orders.create(actor, withQuotedOn(draft, quoted));
        for (int i = 0; i < stages.length; i++) {
            OrderStage stage = stages[i];
            LocalDate day = quoted.plusWeeks(i + 1L).isAfter(today) ? today : quoted.plusWeeks(i + 1L);
            order = order.flatMap(o -> orders.advance(actor, o.id(), o.version(), stage, day));
        }
        return order;
    }

    private static OrderDraft withQuotedOn(OrderDraft d, LocalDate quotedOn) {
        return new OrderDraft(d.buyerName(), d.destinationCountry(), d.currency(), d.incoterm(), d.namedPlace(),
                d.attribution(), d.claimId(), d.delegationId(), d.expectedShipOn(), d.expectedPaidOn(), d.lines(),
                quotedOn);
    }

    private Mono<UUID> claimOn(Actor actor, String company) {
        return claims.list(actor, false, 0, 100).filter(c -> c.companyName().startsWith(company)).next()
                .map(Claim::id);
    }

    private Mono<UUID> itme(Actor actor) {
        return delegations.list(null).filter(d -> d.titleEn().contains("ITME"))
                .filterWhen(d -> delegations.takesPart(actor, d.id())).next().map(d -> d.id());
    }

    private static OrderDraft draft(String buyer, String country, String currency, String incoterm, String place,
            String attribution, @Nullable UUID claim, @Nullable UUID delegation, LocalDate ship,
            OrderLineDraft... lines) {
        return new OrderDraft(buyer, country, currency, incoterm, place, attribution, claim, delegation, ship,
                ship.plusDays(60), List.of(lines));
    }

    private static OrderLineDraft line(String category, String model, int quantity, String price) {
        return new OrderLineDraft(category, model, quantity, new BigDecimal(price));
    }
}
