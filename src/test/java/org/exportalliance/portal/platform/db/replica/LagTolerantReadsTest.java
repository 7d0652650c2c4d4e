package org.exportalliance.portal.platform.db.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcRollbackException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import org.exportalliance.portal.support.PortalInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * What happens to one lag-tolerant read while the replica counts as in use: a replica that has gone away since the
 * last check costs the read nothing (it runs on the primary) and is set aside; a statement the replica refuses runs
 * on the primary without setting it aside; and a read inside a transaction never leaves the primary.
 */
class LagTolerantReadsTest {

    static EmbeddedPostgres postgres;
    static ConnectionFactory connections;
    static DatabaseClient primary;

    SimpleMeterRegistry meters;
    ReplicaConnections replica;
    ReplicaState state;
    LagTolerantReads reads;

    @BeforeAll
    static void startPrimary() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        connections = ConnectionFactories.get("r2dbc:postgresql://postgres:postgres@localhost:" + postgres.getPort()
                + "/postgres");
        primary = DatabaseClient.create(connections);
    }

    @AfterAll
    static void stopPrimary() throws Exception {
        postgres.close();
    }

    /** A replica nobody listens for, which the last check found current. */
    @BeforeEach
    void goneReplica() {
        meters = new SimpleMeterRegistry();
        replica = new ReplicaConnections("r2dbc:postgresql://localhost:" + PortalInstances.freePort() + "/postgres",
                "postgres", "", Duration.ofSeconds(5), Duration.ofSeconds(1), 2);
        state = new ReplicaState(replica, Clock.systemUTC(), meters);
        state.measured(Duration.ofMillis(40));
        reads = new LagTolerantReads(primary, replica, state, meters);
    }

    @AfterEach
    void close() {
        replica.destroy();
    }

    @Test
    void a_read_on_a_replica_gone_since_the_last_check_runs_on_the_primary_and_sets_the_replica_aside() {
        StepVerifier.create(reads.many(LagTolerantReadsTest::seven)).expectNext(7).verifyComplete();

        assertThat(count("replica")).isOne();
        assertThat(count("primary")).isOne();
        assertThat(state.inUse()).isFalse();
        assertThat(state.current().reason()).startsWith("unreachable: a read failed");
        assertThat(meters.get("portal.db.replica.in.use").gauge().value()).isZero();

        StepVerifier.create(reads.one(db -> seven(db).next())).expectNext(7).verifyComplete();
        assertThat(count("replica")).as("not tried again until a check finds it well").isOne();
    }

    @Test
    void a_statement_the_replica_refuses_runs_on_the_primary_and_leaves_the_replica_in_use() {
        StepVerifier.create(reads.many(db -> db == primary ? seven(db)
                        : Flux.error(new R2dbcRollbackException("canceling statement due to conflict with "
                                + "recovery", "40001"))))
                .expectNext(7).verifyComplete();

        assertThat(count("primary")).isOne();
        assertThat(state.inUse()).isTrue();
    }

    @Test
    void a_read_inside_a_transaction_stays_on_the_primary() {
        TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(connections));

        StepVerifier.create(reads.many(LagTolerantReadsTest::seven).as(tx::transactional)).expectNext(7)
                .verifyComplete();

        assertThat(count("replica")).isZero();
        assertThat(count("primary")).isOne();
        assertThat(state.inUse()).isTrue();
    }

    private static Flux<Integer> seven(DatabaseClient db) {
        return db.sql("select 7 as n").map(row -> row.get("n", Integer.class)).all();
    }

    private double count(String target) {
        return meters.get("portal.db.replica.reads").tag("target", target).counter().count();
    }
}
