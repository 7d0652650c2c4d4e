package org.exportalliance.portal.delegation.demo;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The demo delegation the logistics pack works on (seeded by {@link DemoDelegations}: closed, to the next India
 * ITME, with firm A, firm B and the chain leader approved), and what every seeder of its parts shares: one
 * transaction under an advisory lock (two instances starting together seed once), "only if that part is not there
 * yet" (an older demo database gains the parts added later), and the demo users.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
public class DemoLogisticsDelegation {

    private static final long SEED_LOCK = 7_100_030L;

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final AccountService accounts;

    DemoLogisticsDelegation(DatabaseClient db, TransactionalOperator tx, AccountService accounts) {
        this.db = db;
        this.tx = tx;
        this.accounts = accounts;
    }

    /** Seeds one part on the delegation when {@code missing} says it is not there yet; waits for it (start-up). */
    public void seedOnce(Function<UUID, Mono<Boolean>> missing, Function<UUID, Mono<Void>> seed) {
        Mono<Void> once = db.sql("select pg_advisory_xact_lock(" + SEED_LOCK + ")").then()
                .then(find())
                .filterWhen(missing)
                .flatMap(seed);
        tx.transactional(once).block(Duration.ofMinutes(1));
    }

    /** True when {@code table} (one of ours, with a {@code delegation_id}) has no row for the delegation. */
    public Mono<Boolean> hasNoRowsIn(String table, UUID delegationId) {
        return db.sql("select not exists (select 1 from " + table + " where delegation_id = :d)")
                .bind("d", delegationId).map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }

    public Mono<Actor> actor(String username) {
        return accounts.findByUsername(username).map(UserAccount::asActor);
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
