package org.exportalliance.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as the Docker image runs it: with {@code -Dspring.aot.enabled=true}, so with the bean definitions
 * Spring AOT generated in the build (process-aot in pom.xml, with production's settings). Those fixed every bean
 * condition at build time; these starts show that what must be decided at start still is: with an external database
 * demo mode stays off and the bootstrap staff account is made, and with no database configured the same jar starts
 * its embedded PostgreSQL and seeds the demo.
 *
 * <p>Needs the jar, so it runs after {@code package}: its own surefire execution in the integration-test phase
 * (tag {@code packaged-jar}, reports in target/surefire-reports-packaged-jar). Two starts, about a minute.
 */
@Tag("packaged-jar")
class SpringAotJarTest {

    static final Duration READY_WITHIN = Duration.ofMinutes(5);
    static final String KEY = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void with_an_external_database_the_aot_jar_is_healthy_seeds_no_demo_and_bootstraps_the_staff_account(
            @TempDir Path dir) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String jdbc = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            Portal portal = Portal.start(dir, List.of(
                    "--spring.r2dbc.url=r2dbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "--spring.r2dbc.username=postgres", "--spring.r2dbc.password=postgres",
                    "--portal.passport.key=" + KEY, "--portal.channels.key=" + KEY, "--portal.webhooks.key=" + KEY,
                    "--portal.bootstrap.staff-username=ops.admin",
                    "--portal.bootstrap.staff-password=correct horse battery staple"));
            try {
                portal.awaitReady(http);
                assertThat(portal.log()).contains("Starting AOT-processed Application");
                assertThat(get(portal.port(), "/login").statusCode()).isEqualTo(200);
                // The API's WebFlux context is made by hand, not by AOT: it still answers.
                assertThat(get(portal.port(), "/api/v1/openapi.yaml").statusCode()).isEqualTo(200);
                assertThat(count(jdbc, "select count(*) from app_user")).isEqualTo(1);
                assertThat(count(jdbc, "select count(*) from app_user where username = 'ops.admin'")).isEqualTo(1);
                assertThat(count(jdbc, "select count(*) from firm")).as("the association only, no demo firms")
                        .isEqualTo(1);
                assertThat(portal.log()).doesNotContain("Demo logins").doesNotContain("Seeded");
            } finally {
                portal.stop();
            }
        }
    }

    @Test
    void with_no_database_configured_the_same_aot_jar_starts_the_embedded_database_and_seeds_the_demo(
            @TempDir Path dir) throws Exception {
        int dbPort = freePort();
        Portal portal = Portal.start(dir, List.of("--portal.embedded.directory=" + dir.resolve("embedded"),
                "--portal.embedded.port=" + dbPort));
        try {
            portal.awaitReady(http);
            assertThat(portal.log()).contains("Starting AOT-processed Application").contains("Demo logins");
            assertThat(get(portal.port(), "/login").statusCode()).isEqualTo(200);
            String jdbc = "jdbc:postgresql://localhost:" + dbPort + "/postgres";
            assertThat(count(jdbc, "select count(*) from app_user where username = 'staff'")).isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from firm")).isGreaterThan(1);
        } finally {
            portal.stop();
        }
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static long count(String jdbc, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The packaged jar in a JVM of its own, with the image's JVM flags; its output goes to a file. */
    record Portal(Process process, Path output, int port, int managementPort) {

        static Portal start(Path dir, List<String> settings) throws IOException {
            int port = freePort();
            int management = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-Dspring.aot.enabled=true", "-jar", jar().toString(),
                    "--server.port=" + port, "--management.server.port=" + management));
            command.addAll(settings);
            Path output = dir.resolve("portal.log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // The database is chosen from these; the test's own settings must decide, not the environment's.
            builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("PORTAL_"));
            return new Portal(builder.start(), output, port, management);
        }

        static Path jar() throws IOException {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                return files.filter(f -> f.getFileName().toString().matches("export-alliance-portal-.*\\.jar"))
                        .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no jar in target/; run package"));
            }
        }

        void awaitReady(HttpClient http) throws Exception {
            long deadline = System.nanoTime() + READY_WITHIN.toNanos();
            URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
            while (true) {
                assertThat(process.isAlive()).as("the portal ended before it was ready:%n%s", tail()).isTrue();
                assertThat(System.nanoTime()).as("not ready in %s:%n%s", READY_WITHIN, tail()).isLessThan(deadline);
                try {
                    String body = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    if (body.contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                Thread.sleep(250);
            }
        }

        String log() throws IOException {
            return Files.readString(output);
        }

        String tail() throws IOException {
            List<String> lines = Files.readAllLines(output);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        /** SIGTERM, as a container stop; the embedded database is stopped by the portal itself. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
