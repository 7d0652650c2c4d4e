package org.exportalliance.portal.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the same embedded PostgreSQL the portal uses, but on its own, so several portal instances can share one
 * database on a developer machine (see {@code deploy/local/two-instances.sh}). It lives in the app jar because that jar
 * already carries zonky and the PostgreSQL binaries; no PostgreSQL needs to be installed.
 *
 * <p>Usage, from the Boot jar: {@code java -Dloader.main=org.exportalliance.portal.platform.db.StandalonePostgres
 * -cp app.jar org.springframework.boot.loader.launch.PropertiesLauncher [port] [data-directory]}. Without a data
 * directory the data goes to a temporary directory that is deleted on exit. Runs until killed.
 */
final class StandalonePostgres {

    private static final int DEFAULT_PORT = 25432;

    private StandalonePostgres() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                // Several portal instances each hold a pool of up to 20 connections plus a listener.
                .setServerConfig("max_connections", "200")
                // Our own hook below closes it, and says so.
                .setRegisterShutdownHook(false);
        if (args.length > 1) {
            // A given directory keeps its data across runs: initdb runs only when it holds no cluster yet.
            Path data = Path.of(args[1]).toAbsolutePath();
            Files.createDirectories(data);
            builder.setDataDirectory(data).setCleanDataDirectory(false);
        }
        // Zonky runs initdb/pg_ctl through `unshare -U` when started as root, so this works as root too.
        EmbeddedPostgres postgres = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
                System.out.println("PostgreSQL on port " + port + " stopped.");
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }, "standalone-postgres-stop"));
        System.out.println("PostgreSQL ready: SPRING_R2DBC_URL=r2dbc:postgresql://localhost:" + postgres.getPort()
                + "/postgres (user postgres, any password; local connections are trusted)");
        System.out.flush();
        Thread.currentThread().join(); // until SIGTERM/SIGINT runs the hook
    }
}
