package org.exportalliance.portal.delegation.pavilion.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.demo.DemoLogisticsDelegation;
import org.exportalliance.portal.delegation.pavilion.AreaBalance;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.BoothSeries;
import org.exportalliance.portal.delegation.pavilion.PavilionService;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lays out the pavilion of the demo logistics delegation ({@link DemoLogisticsDelegation}): twelve booths in three
 * rows (A01–A06 at 9 m², B01–B04 at 12 m², C01–C02 at 18 m²), with the chain leader on C01–C02 (36 m²), firm A on
 * A01–A02 (18 m²) and firm B on B01 (12 m²), each exactly the area it asked for. Once, when the delegation has no
 * booths yet.
 */
@Component
@Order(35)
class DemoPavilion implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoPavilion.class);

    private final DemoLogisticsDelegation demo;
    private final PavilionService pavilion;

    DemoPavilion(DemoLogisticsDelegation demo, PavilionService pavilion) {
        this.demo = demo;
        this.pavilion = pavilion;
    }

    @Override
    public void seed() {
        demo.seedOnce("booth", d -> demo.actor("staff").flatMap(staff -> seed(d, staff)));
    }

    private Mono<Void> seed(UUID delegationId, Actor staff) {
        Mono<List<Booth>> layout = Flux.concat(
                        pavilion.addSeries(staff, delegationId, series("A", 6, "9", 0)),
                        pavilion.addSeries(staff, delegationId, series("B", 4, "12", 1)),
                        pavilion.addSeries(staff, delegationId, series("C", 2, "18", 2)))
                .flatMapIterable(booths -> booths)
                .collectList();
        return Mono.zip(layout, applicationsByUser(staff, delegationId))
                .flatMap(t -> {
                    Map<String, Booth> byLabel = t.getT1().stream()
                            .collect(java.util.stream.Collectors.toMap(Booth::label, b -> b));
                    Map<String, UUID> apps = t.getT2();
                    return Flux.just(Map.entry("C01", "leader"), Map.entry("C02", "leader"),
                                    Map.entry("A01", "member"), Map.entry("A02", "member"),
                                    Map.entry("B01", "member2"))
                            .filter(e -> apps.containsKey(e.getValue()))
                            .concatMap(e -> {
                                Booth b = byLabel.get(e.getKey());
                                return pavilion.assign(staff, b.id(), b.version(), apps.get(e.getValue()));
                            })
                            .then();
                })
                .doOnSuccess(v -> log.info("Seeded the demo pavilion"));
    }

    private static BoothSeries series(String prefix, int count, String area, int row) {
        return new BoothSeries(prefix, 1, count, new BigDecimal(area), row, 0);
    }

    /** The participating application of each demo user's firm, by username. */
    private Mono<Map<String, UUID>> applicationsByUser(Actor staff, UUID delegationId) {
        return pavilion.balances(staff, delegationId).collectMap(AreaBalance::firmId, AreaBalance::applicationId)
                .flatMap(byFirm -> Flux.just("leader", "member", "member2")
                        .concatMap(user -> demo.actor(user).map(a -> Map.entry(user, a.firmId())))
                        .filter(e -> byFirm.containsKey(e.getValue()))
                        .collectMap(Map.Entry::getKey, e -> byFirm.get(e.getValue())));
    }
}
