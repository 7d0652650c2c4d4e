package org.exportalliance.portal.logistics.shipping.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.delegation.demo.DemoLogisticsDelegation;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the shipping milestones of the demo logistics delegation's exhibits: firm A's machine has cleared customs,
 * firm B's is at the port, the chain leader's is booked. The steps are written with dates in the past weeks (the
 * service would stamp them all "now"), in order, so the schema's own order checks hold them too.
 */
@Component
@Order(36)
class DemoShipping implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoShipping.class);
    private static final List<String> ORDER = List.of("BOOKED", "AT_PORT", "CUSTOMS_CLEARED", "AT_BOOTH");

    /** A milestone to write: how many days ago, and its reference. */
    private record Step(String milestone, int daysAgo, String reference) {}

    private final DemoLogisticsDelegation demo;
    private final DatabaseClient db;
    private final Clock clock;

    DemoShipping(DemoLogisticsDelegation demo, DatabaseClient db, Clock clock) {
        this.demo = demo;
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void seed() {
        demo.seedOnce(this::hasNoShipments, this::seed);
    }

    private Mono<Boolean> hasNoShipments(UUID delegationId) {
        return db.sql("""
                        select not exists (select 1 from exhibit_shipment s
                        join application_exhibit e on e.id = s.exhibit_id
                        join delegation_application a on a.id = e.application_id where a.delegation_id = :d)""")
                .bind("d", delegationId).map(row -> row.get(0, Boolean.class)).one();
    }

    private Mono<Void> seed(UUID delegationId) {
        return Mono.zip(demo.actor("staff"), demo.actor("member"), demo.actor("member2"), demo.actor("leader"))
                .flatMap(a -> {
                    Map<UUID, List<Step>> plan = Map.of(
                            a.getT2().firmId(), List.of(
                                    new Step("BOOKED", 38, "COSCO 订舱号 6284417350"),
                                    new Step("AT_PORT", 27, "宁波舟山港 · 提单 COSU6284417350"),
                                    new Step("CUSTOMS_CLEARED", 2, "ICD Dadri（大诺伊达）清关")),
                            a.getT3().firmId(), List.of(
                                    new Step("BOOKED", 33, "订舱号 MSC-NB-20931"),
                                    new Step("AT_PORT", 6, "Nhava Sheva 港 · 提单 MEDUNB209317")),
                            a.getT4().firmId(), List.of(new Step("BOOKED", 4, "订舱号 OOLU-2714480")));
                    UUID staff = a.getT1().userId();
                    return db.sql("""
                                    select e.id, a.firm_id from application_exhibit e
                                    join delegation_application a on a.id = e.application_id
                                    where a.delegation_id = :d and takes_part(a.status)
                                    and e.position = 0 order by a.submitted_at""")
                            .bind("d", delegationId)
                            .map(row -> Map.entry(row.get("id", UUID.class), row.get("firm_id", UUID.class)))
                            .all()
                            .filter(e -> plan.containsKey(e.getValue()))
                            .concatMap(e -> write(e.getKey(), plan.get(e.getValue()), staff).thenReturn(e))
                            .count();
                })
                .doOnNext(n -> log.info("Seeded the shipping milestones of {} demo exhibits", n))
                .then();
    }

    private Mono<Void> write(UUID exhibitId, List<Step> steps, UUID by) {
        Instant now = clock.instant();
        Step last = steps.getLast();
        return db.sql("insert into exhibit_shipment (exhibit_id, stage, updated_at, version) "
                        + "values (:id, :stage, :at, :version)")
                .bind("id", exhibitId).bind("stage", last.milestone())
                .bind("at", now.minus(Duration.ofDays(last.daysAgo())).atOffset(ZoneOffset.UTC))
                .bind("version", (long) steps.size() - 1)
                .then()
                .thenMany(Flux.fromIterable(steps).concatMap(step -> {
                    int i = ORDER.indexOf(step.milestone());
                    var spec = db.sql("insert into exhibit_milestone (exhibit_id, milestone, previous, reference, "
                                    + "recorded_at, recorded_by) values (:id, :milestone, "
                                    + (i == 0 ? "null" : "'" + ORDER.get(i - 1) + "'") + ", :reference, :at, :by)")
                            .bind("id", exhibitId).bind("milestone", step.milestone())
                            .bind("reference", step.reference())
                            .bind("at", now.minus(Duration.ofDays(step.daysAgo())).atOffset(ZoneOffset.UTC))
                            .bind("by", by);
                    return spec.then();
                }))
                .then();
    }
}
