package org.exportalliance.portal.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides where the database is before any bean exists.
 *
 * <p>With {@code spring.r2dbc.url} set, the portal uses that external database and derives Flyway's JDBC URL from it.
 * Without it, the portal starts an embedded PostgreSQL: a persistent one under the user's home for normal runs, or a
 * throw-away one for tests ({@code portal.embedded.ephemeral=true}). Demo mode defaults to on only for the embedded
 * database.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "portalDatabase";

    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public int getOrder() {
        // After application.properties and the environment are read, so their values decide.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> props = new LinkedHashMap<>();
        String r2dbcUrl = env.getProperty("spring.r2dbc.url");
        if (r2dbcUrl != null && !r2dbcUrl.isBlank()) {
            DatabaseUrls.validateR2dbc(r2dbcUrl);
            String user = env.getProperty("spring.r2dbc.username", "");
            String password = env.getProperty("spring.r2dbc.password", "");
            if (user.isBlank()) {
                throw new DatabaseMisconfigured("SPRING_R2DBC_USERNAME is not set; the external database needs a user "
                        + "(and SPRING_R2DBC_PASSWORD)");
            }
            String jdbc = env.getProperty("spring.flyway.url", DatabaseUrls.jdbcFromR2dbc(r2dbcUrl));
            if (!env.containsProperty("spring.flyway.url")) {
                props.put("spring.flyway.url", jdbc);
                props.put("spring.flyway.user", user);
                props.put("spring.flyway.password", password);
            }
            if (env.getProperty("portal.database.check-on-start", Boolean.class, true)) {
                DatabaseUrls.checkReachable(jdbc, user, password);
            }
            props.putIfAbsent("portal.demo.enabled", env.getProperty("portal.demo.enabled", "false"));
            props.put("portal.database.mode", "external");
        } else {
            EmbeddedPostgres postgres = start(env);
            stopWithContext(application, new EmbeddedPostgresServer(postgres));
            String jdbc = postgres.getJdbcUrl("postgres", "postgres");
            props.put("spring.r2dbc.url", "r2dbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
            props.put("spring.r2dbc.username", "postgres");
            props.put("spring.r2dbc.password", "postgres");
            props.put("spring.flyway.url", jdbc);
            props.put("spring.flyway.user", "postgres");
            props.put("spring.flyway.password", "postgres");
            props.put("portal.demo.enabled", env.getProperty("portal.demo.enabled", "true"));
            props.put("portal.database.mode", "embedded");
            props.put("portal.database.embedded-port", postgres.getPort());
        }
        // Added last: explicit settings elsewhere win, except the computed URLs that only exist here.
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, props));
    }

    private EmbeddedPostgres start(ConfigurableEnvironment env) {
        boolean ephemeral = env.getProperty("portal.embedded.ephemeral", Boolean.class, false);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // Stopped with the application context instead, after graceful shutdown, not by zonky's own hook.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB");
            if (!ephemeral) {
                Path home = Path.of(env.getProperty("portal.embedded.directory",
                        Path.of(System.getProperty("user.home"), ".export-alliance-portal").toString()));
                Path data = home.resolve("pgdata");
                Path binaries = home.resolve("pg-binaries");
                Files.createDirectories(binaries);
                int port = env.getProperty("portal.embedded.port", Integer.class, 15432);
                requireFree(port);
                // Zonky trades durability for speed (fsync off); data kept between runs deserves the safe settings.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(binaries.toFile())
                        .setPort(port);
                log.info("Starting embedded PostgreSQL on port " + port + ", data in " + data);
            }
            return builder.start();
        } catch (IOException | IllegalStateException e) {
            throw new EmbeddedDatabaseFailed(e);
        }
    }

    /**
     * Zonky would happily "start" on a port another PostgreSQL already serves and then use that server. Refuse
     * instead, with a line that says what to do.
     */
    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new EmbeddedDatabaseFailed(new IOException("port " + port + " is already in use (another portal or "
                    + "PostgreSQL?); stop it or set PORTAL_EMBEDDED_PORT"));
        }
    }

    /**
     * Stops PostgreSQL after the web server's graceful shutdown (as a lifecycle of the context, see
     * {@link EmbeddedPostgresServer}), or at once if the application fails to start.
     */
    private static void stopWithContext(SpringApplication application, EmbeddedPostgresServer server) {
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("embeddedPostgresServer", server));
        application.addListeners(event -> {
            if (event instanceof ApplicationFailedEvent) {
                server.stop();
            }
        });
    }
}
