package org.exportalliance.portal.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.exportalliance.portal.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * SIGTERM on a portal with its embedded PostgreSQL: the web server's graceful shutdown lets a request in flight finish,
 * and that request still has its database; PostgreSQL stops only after the web server has.
 */
class EmbeddedPostgresShutdownTest {

    @Test
    void postgres_outlives_a_pause_and_a_request_in_flight_at_shutdown_and_stops_after_the_web_server()
            throws Exception {
        ConfigurableApplicationContext portal = OwnZonkyDirectory.during(() -> new SpringApplicationBuilder(
                Application.class, InFlight.class).run(
                "--portal.embedded.ephemeral=true",
                "--portal.demo.enabled=false",
                "--portal.bootstrap.staff-username=ops.admin",
                "--portal.bootstrap.staff-password=correct horse battery staple",
                "--portal.passport.key=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=",
                "--portal.delegation.expiry-initial-delay=PT1H",
                "--portal.checklist.reminder-initial-delay=PT1H",
                "--server.port=0",
                "--spring.jmx.enabled=false"));
        int port = portal.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        int postgresPort = portal.getEnvironment().getRequiredProperty("portal.database.embedded-port", Integer.class);
        DatabaseClient db = portal.getBean(DatabaseClient.class);
        // A pause, as Spring's test context cache gives the contexts it is not using, leaves the database running.
        portal.pause();
        portal.restart();
        assertThat(db.sql("select 1").map(row -> row.get(0, Integer.class)).one().block(Duration.ofSeconds(30)))
                .as("the database after a pause").isEqualTo(1);
        HttpClient http = HttpClient.newHttpClient();
        String token = token(portal);

        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/test/in-flight"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(InFlight.entered.await(30, TimeUnit.SECONDS)).as("the request reached its handler").isTrue();

        // What SIGTERM does: the shutdown hook closes the context. The handler goes on to the database only once the
        // shutdown has reached the web server's graceful phase (see InFlight.stopping).
        Thread closing = Thread.ofPlatform().start(portal::close);

        HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
        closing.join(Duration.ofSeconds(60));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"answer\":42");
        assertThat(InFlight.events).containsSubsequence("graceful shutdown begins", "database answered");
        assertThat(closing.isAlive()).isFalse();
        assertThatThrownBy(() -> new Socket("localhost", postgresPort).close())
                .as("PostgreSQL stopped with the portal").isInstanceOf(ConnectException.class);
    }

    /**
     * A token of the bootstrapped staff account, issued by the service: the API issues none to it before its first
     * sign-in has replaced the bootstrap password and enrolled a second factor.
     */
    private static String token(ConfigurableApplicationContext portal) {
        var ops = portal.getBean(org.exportalliance.portal.account.AccountService.class).findByUsername("ops.admin")
                .block(Duration.ofSeconds(10));
        return portal.getBean(org.exportalliance.portal.account.ApiTokenService.class).issue(ops.asActor(), "test")
                .block(Duration.ofSeconds(10)).secret();
    }

    /**
     * A route that waits, inside its request, until the shutdown has begun, and then reads the database. Not a
     * {@code @Configuration}, so that other tests' portals, which scan the whole package tree, leave it out; this
     * test names it as a source.
     */
    static class InFlight {

        static final CountDownLatch entered = new CountDownLatch(1);
        static final CompletableFuture<Void> release = new CompletableFuture<>();
        static final List<String> events = new CopyOnWriteArrayList<>();

        @Bean
        RouterFunction<ServerResponse> inFlightRoute(DatabaseClient db) {
            return RouterFunctions.route().GET("/v1/test/in-flight", request -> {
                entered.countDown();
                return Mono.fromFuture(release)
                        .then(db.sql("select 42 as answer").map(row -> row.get(0, Integer.class)).one())
                        .doOnNext(value -> events.add("database answered"))
                        .flatMap(value -> ServerResponse.ok().bodyValue(Map.of("answer", value)));
            }).build();
        }

        /**
         * Stops just before the web server's graceful shutdown and lets the request go on a moment later, while that
         * shutdown waits for it.
         */
        @Bean
        SmartLifecycle stopping() {
            return new SmartLifecycle() {
                private volatile boolean running;

                @Override
                public void start() {
                    running = true;
                }

                @Override
                public void stop() {
                    running = false;
                    events.add("graceful shutdown begins");
                    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> release.complete(null));
                }

                @Override
                public boolean isRunning() {
                    return running;
                }

                @Override
                public int getPhase() {
                    return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
                }
            };
        }
    }
}
