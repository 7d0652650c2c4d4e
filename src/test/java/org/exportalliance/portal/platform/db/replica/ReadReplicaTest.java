package org.exportalliance.portal.platform.db.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.request.RequestDashboard;
import org.exportalliance.portal.support.HotStandby;
import org.exportalliance.portal.support.PortalInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A portal with a real streaming standby as its read replica: the request dashboard reads from the standby, a write
 * on the primary arrives there, and when the standby stops the dashboard still answers from the primary while the
 * metric and the health details say so, without taking readiness down; started again, the standby is used again.
 */
class ReadReplicaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Actor STAFF = new Actor(UUID.randomUUID(), UUID.randomUUID(), "ops.admin",
            Set.of(Role.STAFF));

    static EmbeddedPostgres primary;
    static HotStandby standby;
    static ConfigurableApplicationContext portal;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        primary = EmbeddedPostgres.builder().start();
        standby = HotStandby.of(primary, PortalInstances.freePort());
        portal = PortalInstances.start(primary, 0,
                "--portal.db.replica.url=r2dbc:postgresql://localhost:" + standby.port() + "/postgres",
                "--portal.db.replica.check-interval=PT0.2S",
                "--portal.db.replica.max-lag=PT5S",
                "--management.endpoint.health.show-details=always");
    }

    @AfterAll
    static void stop() throws Exception {
        PortalInstances.stop(portal, standby, primary);
    }

    @Test
    void dashboard_reads_go_to_the_standby_and_fall_back_to_the_primary_while_it_is_stopped() throws Exception {
        awaitHealth("in use");
        double onReplica = reads("replica");
        RequestDashboard.View view = dashboard();
        assertThat(view.scope()).isEqualTo(RequestDashboard.Scope.ALL_UNITS);
        assertThat(reads("replica") - onReplica).as("the dashboard's two queries ran on the standby").isEqualTo(2);
        try (Connection c = standby.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from pg_stat_activity where application_name = '"
                    + ReplicaConnections.APPLICATION_NAME + "'")).as("the portal's pool on the standby").isPositive();
            assertThat(count(s, "select count(*) from pg_stat_wal_receiver where status = 'streaming'")).isOne();
        }

        try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table replica_probe (n integer)");
            s.execute("insert into replica_probe values (42)");
        }
        try (Connection c = standby.connect(); Statement s = c.createStatement()) {
            await("the primary's write on the standby",
                    () -> count(s, "select count(*) from pg_tables where tablename = 'replica_probe'") == 1
                            && count(s, "select coalesce(sum(n), 0) from replica_probe") == 42);
        }
        assertThat(gauge("portal.db.replica.lag")).isLessThanOrEqualTo(5.0);

        standby.stop();
        double onPrimary = reads("primary");
        assertThat(dashboard().scope()).as("answered while the standby is down")
                .isEqualTo(RequestDashboard.Scope.ALL_UNITS);
        String health = awaitHealth("fallen back to the primary");
        assertThat(health).contains("unreachable");
        assertThat(gauge("portal.db.replica.in.use")).isZero();
        onReplica = reads("replica");
        dashboard();
        assertThat(reads("primary") - onPrimary).as("reads went to the primary").isGreaterThanOrEqualTo(2);
        assertThat(reads("replica")).as("none tried the stopped standby once it was set aside").isEqualTo(onReplica);
        assertThat(get("/actuator/health/readiness").statusCode()).as("readiness stays up").isEqualTo(200);

        standby.start();
        awaitHealth("in use");
        assertThat(gauge("portal.db.replica.in.use")).isOne();
        onReplica = reads("replica");
        dashboard();
        assertThat(reads("replica") - onReplica).as("the standby is used again").isEqualTo(2);
    }

    private static RequestDashboard.View dashboard() {
        YearMonth now = YearMonth.now();
        return portal.getBean(RequestDashboard.class).view(STAFF, now.minusMonths(11), now).block(WAIT);
    }

    private static double reads(String target) {
        return portal.getBean(MeterRegistry.class).get("portal.db.replica.reads").tag("target", target).counter()
                .count();
    }

    private static double gauge(String name) {
        return portal.getBean(MeterRegistry.class).get(name).gauge().value();
    }

    /** Waits until the health details of the replica show {@code state}; answers them. */
    private static String awaitHealth(String state) throws Exception {
        String[] body = new String[1];
        await("readReplica " + state, () -> {
            HttpResponse<String> response = get("/actuator/health/readReplica");
            body[0] = response.body();
            return response.statusCode() == 200 && body[0].contains("\"state\":\"" + state + "\"");
        });
        return body[0];
    }

    private static HttpResponse<String> get(String path) throws Exception {
        String port = portal.getEnvironment().getProperty("local.management.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
