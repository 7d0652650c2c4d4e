package org.exportalliance.portal.request.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.Responders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Two years of closed requests, as the alliance's service loop would have left them, so the dashboard means
 * something from the first sign-in: every exporting firm files a few a month across the categories, the service
 * desk and the lab answer most in time, and most firms rate 4 or 5 stars. Loaded in bulk, like an export from the
 * association's old ticket book; the figures are the same every time (a fixed seed).
 */
@Component
@Order(62)
class DemoRequestHistory implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoRequestHistory.class);
    private static final long SEED_LOCK = 7_100_062L;
    private static final int MONTHS = 24;
    private static final List<String> DESK = List.of("CUSTOMS", "VISA", "CERTIFICATION", "LOGISTICS", "FINANCE",
            "POLICY", "TALENT", "OTHER");
    private static final Map<String, String> TITLES = Map.of("CUSTOMS", "报关单据咨询", "VISA", "展会签证邀请函",
            "CERTIFICATION", "出口认证咨询", "LOGISTICS", "展品物流", "FINANCE", "出口信用保险", "POLICY", "补贴申报",
            "TALENT", "外贸人才招聘", "OTHER", "其他咨询", "LAB_TEST", "来料检测");

    private final Responders responders;
    private final DemoSeeding demo;
    private final DatabaseClient db;

    DemoRequestHistory(Responders responders, DemoSeeding demo, DatabaseClient db) {
        this.responders = responders;
        this.demo = demo;
        this.db = db;
    }

    private record Row(UUID firm, UUID filer, String category, UUID unit, UUID taker, OffsetDateTime filed,
            long acceptS, long resolveS, long targetResolveS, Integer rating) {}

    @Override
    public void seed() {
        demo.run(SEED_LOCK, demo.check("select not exists (select 1 from service_request where status = 'CLOSED'"
                        + " and filed_at < now() - interval '60 days')"),
                () -> Mono.zip(demo.exporters(), filers(), responders.all().collectList())
                        .flatMap(t -> insert(rows(t.getT1(), t.getT2(), t.getT3())))
                        .then(Mono.fromRunnable(() -> log.info("Seeded two years of closed demo requests"))));
    }

    private Mono<Map<UUID, UUID>> filers() {
        return db.sql("select distinct on (firm_id) firm_id, id from app_user order by firm_id, username")
                .map(row -> Map.entry(row.get("firm_id", UUID.class), row.get("id", UUID.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private List<Row> rows(List<Firm> firms, Map<UUID, UUID> filers, List<ResponderUnit> units) {
        ResponderUnit desk = units.stream().filter(u -> u.kind() == ResponderUnit.Kind.DEPARTMENT).findFirst()
                .orElseThrow();
        ResponderUnit lab = units.stream().filter(u -> u.kind() == ResponderUnit.Kind.LAB).findFirst().orElseThrow();
        Random random = new Random(20_261_207L);
        ZoneId zone = demo.clock().getZone();
        LocalDate firstMonth = LocalDate.now(demo.clock()).withDayOfMonth(1).minusMonths(MONTHS);
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < MONTHS - 1; m++) {
            LocalDate month = firstMonth.plusMonths(m);
            for (Firm firm : firms) {
                int filed = random.nextInt(4);
                for (int i = 0; i < filed && filers.containsKey(firm.id()); i++) {
                    boolean labTest = random.nextInt(5) == 0;
                    String category = labTest ? "LAB_TEST" : DESK.get(random.nextInt(DESK.size()));
                    ResponderUnit unit = labTest ? lab : desk;
                    LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        day = day.plusDays(1);
                    }
                    OffsetDateTime at = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(zone)
                            .toOffsetDateTime();
                    long accept = 600 + (long) (random.nextDouble() * random.nextDouble() * 40_000);
                    long target = labTest ? 275_400 : 183_600;
                    long resolve = 7_200 + (long) (random.nextDouble() * random.nextDouble() * 300_000);
                    int stars = random.nextInt(10);
                    Integer rating = stars == 0 ? null : stars < 3 ? 3 : stars < 6 ? 4 : 5;
                    rows.add(new Row(firm.id(), filers.get(firm.id()), category, unit.id(), unit.leadUserId(), at,
                            accept, resolve, target, rating));
                }
            }
        }
        return rows;
    }

    private Mono<Void> insert(List<Row> rows) {
        return Flux.fromIterable(rows).buffer(200).concatMap(batch -> db.sql("""
                        insert into service_request (id, firm_id, filed_by, category_code, title, description, urgency,
                            priority, status, unit_id, taken_by, resolution, rating, auto_closed, filed_at,
                            accepted_at, dispatched_at, taken_at, resolved_at, closed_at, accept_spent_s, accept_met,
                            resolve_spent_s, resolve_met, updated_at)
                        select gen_random_uuid(), firm, filer, category, title, '历史记录', 'NORMAL', 'NORMAL',
                            'CLOSED', unit, taker, '已办结', rating, rating is null, filed,
                            filed + accept * interval '1 second', filed + accept * interval '1 second',
                            filed + (accept + 1800) * interval '1 second',
                            filed + (accept + resolve * 3) * interval '1 second',
                            filed + (accept + resolve * 3 + 86400) * interval '1 second',
                            accept, accept <= 30600, resolve, resolve <= target,
                            filed + (accept + resolve * 3 + 86400) * interval '1 second'
                        from unnest(cast(:firm as uuid[]), cast(:filer as uuid[]), cast(:category as text[]),
                                    cast(:title as text[]), cast(:unit as uuid[]), cast(:taker as uuid[]),
                                    cast(:rating as smallint[]), cast(:filed as timestamptz[]),
                                    cast(:accept as bigint[]), cast(:resolve as bigint[]), cast(:target as bigint[]))
                            as t (firm, filer, category, title, unit, taker, rating, filed, accept, resolve, target)""")
                        .bind("firm", batch.stream().map(Row::firm).toArray(UUID[]::new))
                        .bind("filer", batch.stream().map(Row::filer).toArray(UUID[]::new))
                        .bind("category", batch.stream().map(Row::category).toArray(String[]::new))
                        .bind("title", batch.stream().map(r -> TITLES.get(r.category())).toArray(String[]::new))
                        .bind("unit", batch.stream().map(Row::unit).toArray(UUID[]::new))
                        .bind("taker", batch.stream().map(Row::taker).toArray(UUID[]::new))
                        .bind("rating", batch.stream().map(r -> r.rating() == null ? null : r.rating().shortValue())
                                .toArray(Short[]::new))
                        .bind("filed", batch.stream().map(Row::filed).toArray(OffsetDateTime[]::new))
                        .bind("accept", batch.stream().map(Row::acceptS).toArray(Long[]::new))
                        .bind("resolve", batch.stream().map(Row::resolveS).toArray(Long[]::new))
                        .bind("target", batch.stream().map(Row::targetResolveS).toArray(Long[]::new))
                        .then())
                .then();
    }
}
