package org.exportalliance.portal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.Application;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole portals started by a test on a PostgreSQL of its own, as production runs them (an external database; several
 * instances in one JVM, each with its own ports). The test closes what it starts.
 */
public final class PortalInstances {

    private PortalInstances() {}

    /** A portal on {@code postgres} at {@code port} (0: any), with {@code settings} ("--name=value") added. */
    public static ConfigurableApplicationContext start(EmbeddedPostgres postgres, int port, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.r2dbc.url=r2dbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--spring.r2dbc.username=postgres",
                "--spring.r2dbc.password=postgres",
                "--portal.passport.key=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=",
                "--server.port=" + port,
                // Several instances in one JVM: each needs a management port of its own.
                "--management.server.port=0",
                "--spring.jmx.enabled=false",
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    /**
     * Closes what a test started, in the order given (the portals before the database and mail server they use).
     * What never started (null) is passed over; one that fails to close does not keep the others open.
     */
    public static void stop(@Nullable AutoCloseable... started) throws Exception {
        Exception failure = null;
        for (AutoCloseable each : started) {
            if (each == null) {
                continue;
            }
            try {
                each.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** A port nobody listens on now, for a portal whose address must be known before it starts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
