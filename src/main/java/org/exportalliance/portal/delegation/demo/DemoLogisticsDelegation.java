package org.exportalliance.portal.delegation.demo;

import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The demo delegation the logistics pack works on (seeded by {@link DemoDelegations}: closed, to the next India
 * ITME, with firm A, firm B and the chain leader approved), and what every seeder of its parts shares: one
 * transaction under an advisory lock (two instances starting together seed once), "only if that part is not there
 * yet" (an older demo database gains the parts added later), the demo users and the delegation's fair.
 */
@Component
public class DemoLogisticsDelegation {

    private static final long SEED_LOCK = 7_100_030L;

    private final DatabaseClient db;
    private final DemoSeeding seeding;
    private final DelegationService delegations;
    private final FairService fairs;

    DemoLogisticsDelegation(DatabaseClient db, DemoSeeding seeding, DelegationService delegations, FairService fairs) {
        this.db = db;
        this.seeding = seeding;
        this.delegations = delegations;
        this.fairs = fairs;
    }

    /** Seeds one part on the delegation when {@code missing} says it is not there yet; waits for it (start-up). */
    public void seedOnce(Function<UUID, Mono<Boolean>> missing, Function<UUID, Mono<Void>> seed) {
        seeding.run(SEED_LOCK, find(), missing, seed);
    }

    /** Seeds one part kept in {@code table} (one of ours, with a {@code delegation_id}) when it has no row yet. */
    public void seedOnce(String table, Function<UUID, Mono<Void>> seed) {
        seedOnce(delegationId -> hasNoRowsIn(table, delegationId), seed);
    }

    private Mono<Boolean> hasNoRowsIn(String table, UUID delegationId) {
        return db.sql("select not exists (select 1 from " + table + " where delegation_id = :d)")
                .bind("d", delegationId).map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }

    public Mono<Actor> actor(String username) {
        return seeding.actor(username);
    }

    /** The fair the delegation goes to: its dates and venue shape the itinerary and the travellers' passports. */
    public Mono<Fair> fair(UUID delegationId) {
        return delegations.find(delegationId).flatMap(d -> fairs.find(d.fairId()));
    }

    private Mono<UUID> find() {
        return db.sql("""
                        select d.id from delegation d join fair f on f.id = d.fair_id
                        where f.name_en like 'India ITME%' and d.status = 'CLOSED'
                        order by d.created_at limit 1""")
                .map(row -> row.get(0, UUID.class))
                .one();
    }
}
