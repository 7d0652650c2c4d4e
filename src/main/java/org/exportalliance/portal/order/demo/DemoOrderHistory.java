package org.exportalliance.portal.order.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Seeds last year's and this year's export orders of every exporting demo firm, as a firm's ERP would have loaded
 * them (recorded by no user): a few hundred won orders to nine markets, so the insight dashboards have something to
 * show. Busy markets (India, Bangladesh, Türkiye, Vietnam) are served by many firms and shown to members; rare ones
 * (Italy, Brazil) by two firms at most and withheld. Orders to Türkiye after the ITM Istanbul delegation are
 * attributed to it. Deterministic for a given set of firms and day, so two demo databases look alike.
 */
@Component
@Order(55)
class DemoOrderHistory implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoOrderHistory.class);
    private static final long SEED_LOCK = 7_100_055L;

    /**
     * Per firm, market and month a roll of the dice (a hash of their names) decides whether an order was won and
     * on which day; prices are set in USD and converted at that day's rates, so every order's snapshot is real.
     */
    private static final String HISTORY = """
            with firm as (
                select f.id, f.name, f.n
                from unnest(cast(:firms as uuid[]), cast(:names as text[])) with ordinality as f(id, name, n)),
            market (destination, currency, incoterm, place, share, buyers) as (values
                ('IN', 'INR', 'FOB', 'Shanghai', 60, array['Vardhman Textiles', 'Trident Ltd.', 'Welspun India']),
                ('BD', 'BDT', 'CFR', 'Chittagong', 55, array['Square Textiles', 'Beximco Textiles', 'Envoy Textiles']),
                ('VN', 'USD', 'CIF', 'Hai Phong', 45, array['Vinatex Phu Bai', 'Thanh Cong Textile', 'Viet Thang']),
                ('TR', 'TRY', 'DAP', 'Bursa', 45, array['Bursa Teks Dokuma A.Ş.', 'Kipaş Tekstil', 'Sanko Tekstil']),
                ('PK', 'USD', 'CFR', 'Karachi', 22, array['Nishat Mills Ltd.', 'Gul Ahmed Textile', 'Kohinoor Mills']),
                ('UZ', 'USD', 'DAP', 'Tashkent', 14, array['Bakht Textile', 'Global Textile LLC', 'Art Soft Tex']),
                ('EG', 'USD', 'FCA', 'Ningbo', 10, array['Nile Cotton Textiles', 'Misr Spinning', 'Oriental Weavers']),
                ('IT', 'EUR', 'CIF', 'Genoa', 15, array['Tessitura Rossi S.p.A.', 'Filatura Biella', 'Lanificio Como']),
                ('BR', 'USD', 'CIF', 'Santos', 20, array['Coteminas S.A.', 'Vicunha Têxtil', 'Santista Jeans'])),
            rolled as (
                select f.id as firm_id, f.n, k.*, d.confirmed_on, d.dice
                from firm f, market k,
                     generate_series(cast(:from as date), cast(:today as date), interval '1 month') m,
                     lateral (select abs(hashtext(f.name || k.destination || cast(m as date))) as dice) h,
                     lateral (select cast(m as date) + h.dice % 27 as confirmed_on, h.dice) d
                where d.dice % 100 < k.share and d.confirmed_on < cast(:today as date)
                  and (k.destination not in ('IT', 'BR') or f.n <= 2)),
            priced as (
                select r.*, gen_random_uuid() as id, c.cny as currency_cny, u.cny as usd_cny,
                       1 + r.dice % 5 as quantity,
                       round((18000 + (r.dice / 7 % 9) * 7000) * u.cny / c.cny, 2) as unit_price,
                       cast(:today as date) - r.confirmed_on as age,
                       cast(:delegation as uuid) is not null and r.destination = 'TR'
                           and r.confirmed_on between cast(:fairEnded as date)
                               and cast(:fairEnded as date) + 180 as from_fair
                from rolled r
                join fx_rate u on u.currency = 'USD' and u.rate_date = r.confirmed_on
                join fx_rate c on c.currency = r.currency and c.rate_date = r.confirmed_on),
            staged as (
                select p.*, case when p.dice % 19 = 0 and p.age > 10 then 'CANCELLED'
                                 when p.age > 100 then 'PAID'
                                 when p.age > 45 then 'SHIPPED'
                                 when p.age > 15 then 'IN_PRODUCTION'
                                 else 'CONFIRMED' end as stage
                from priced p),
            stage_step (stage, days, rank) as (values ('QUOTED', -12, 0), ('CONFIRMED', 0, 1),
                ('IN_PRODUCTION', 10, 2), ('SHIPPED', 40, 3), ('DELIVERED', 70, 4), ('PAID', 95, 5),
                ('CANCELLED', 5, 9)),
            inserted as (
                insert into export_order (id, firm_id, buyer_name, destination_country, currency, incoterm,
                    named_place, attribution, delegation_id, stage, stage_on, total, fx_date, fx_cny, fx_usd,
                    created_at, updated_at)
                select s.id, s.firm_id, s.buyers[1 + s.dice % 3], s.destination, s.currency, s.incoterm, s.place,
                       case when s.from_fair then 'FAIR' else 'DIRECT' end,
                       case when s.from_fair then cast(:delegation as uuid) end,
                       s.stage, s.confirmed_on + t.days, s.quantity * s.unit_price, s.confirmed_on,
                       s.currency_cny, round(s.currency_cny / s.usd_cny, 10), now(), now()
                from staged s join stage_step t on t.stage = s.stage
                returning id),
            lines as (
                insert into export_order_line (order_id, position, category, model, quantity, unit_price)
                select s.id, 1, (array['WEAVING', 'SPINNING', 'KNITTING', 'DYEING_FINISHING', 'NONWOVENS',
                           'BEARINGS_PARTS', 'TECHNICAL_TEXTILES', 'GARMENT'])[1 + (s.n - 1) % 8],
                       (array['Rapier loom RL-960', 'Ring frame RS-1600', 'Circular knitter CK-34',
                           'Stenter ST-3000', 'Needle loom NL-250', 'Spindle bearing kit SB-20',
                           'Warp knitter WK-4', 'Sewing line SL-8'])[1 + (s.n - 1) % 8],
                       s.quantity, s.unit_price
                from staged s join inserted i on i.id = s.id
                returning order_id),
            stages as (
                insert into export_order_stage (order_id, stage, on_date, recorded_at)
                select s.id, t.stage, s.confirmed_on + t.days, now()
                from staged s join inserted i on i.id = s.id
                join stage_step final on final.stage = s.stage
                join stage_step t on t.rank <= final.rank and (t.rank <= 1 or t.stage = s.stage or final.rank < 9)
                returning order_id)
            select count(*) from inserted""";

    private final DemoSeeding demo;
    private final DelegationService delegations;
    private final FairService fairs;
    private final DemoRates rates;
    private final DatabaseClient db;

    DemoOrderHistory(DemoSeeding demo, DelegationService delegations, FairService fairs, DemoRates rates,
            DatabaseClient db) {
        this.demo = demo;
        this.delegations = delegations;
        this.fairs = fairs;
        this.rates = rates;
        this.db = db;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now(demo.clock());
        LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
        demo.run(SEED_LOCK, demo.check("select not exists (select 1 from export_order where created_by is null)"),
                () -> demo.actor("staff")
                        .flatMap(staff -> rates.seed(staff, from.minusDays(30), today))
                        .then(Mono.zip(demo.exporters(), pastDelegation().map(List::of).defaultIfEmpty(List.of())))
                        .flatMap(t -> t.getT2().isEmpty() ? seed(t.getT1(), null, null, from, today)
                                : seed(t.getT1(), t.getT2().get(0).delegation().id(),
                                        t.getT2().get(0).fair().endDate(), from, today)));
    }

    private Mono<PastDelegation> pastDelegation() {
        return delegations.list(DelegationStatus.DONE).next()
                .flatMap(d -> fairs.find(d.fairId()).map(f -> new PastDelegation(d, f)));
    }

    private Mono<Void> seed(List<Firm> exporters, @Nullable UUID delegation, @Nullable LocalDate fairEnded,
            LocalDate from, LocalDate today) {
        if (exporters.isEmpty()) {
            return Mono.empty();
        }
        GenericExecuteSpec history = db.sql(HISTORY)
                .bind("firms", exporters.stream().map(Firm::id).toArray(UUID[]::new))
                .bind("names", exporters.stream().map(Firm::nameEn).toArray(String[]::new))
                .bind("from", from).bind("today", today);
        history = delegation == null || fairEnded == null
                ? history.bindNull("delegation", UUID.class).bindNull("fairEnded", LocalDate.class)
                : history.bind("delegation", delegation).bind("fairEnded", fairEnded);
        return history.map(row -> row.get(0, Long.class)).one()
                .doOnNext(count -> log.info("Seeded {} demo export orders of the last two years", count))
                .then();
    }

    private record PastDelegation(Delegation delegation, Fair fair) {
    }
}
