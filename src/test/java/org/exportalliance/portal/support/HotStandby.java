package org.exportalliance.portal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL hot standby of a test's embedded primary, streaming from it, run with the primary's own binaries.
 * Zonky's binaries carry no {@code pg_basebackup}, so the base backup is taken with the low-level API
 * ({@code pg_backup_start}, a file copy, {@code pg_backup_stop}) and a physical replication slot keeps the WAL the
 * standby still needs. As zonky does for the primary, the standby runs through {@code unshare -U} when the test runs
 * as root (PostgreSQL refuses root). Closing stops it and deletes its data.
 */
public final class HotStandby implements AutoCloseable {

    /** What a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private final Path bin;
    private final Path data;
    private final int port;
    private final List<String> settings;

    private HotStandby(Path bin, Path data, int port, List<String> settings) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.settings = settings;
    }

    /** Takes a base backup of {@code primary} and starts it as a standby on {@code port}. */
    public static HotStandby of(EmbeddedPostgres primary, int port) throws Exception {
        Path data = Files.createTempDirectory("standby");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path bin;
        List<String> settings = new ArrayList<>();
        try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            bin = binaries(s);
            // A hot standby needs these at least as high as on the primary (zonky raises max_connections).
            for (String name : List.of("max_connections", "max_worker_processes", "max_wal_senders",
                    "max_prepared_transactions", "max_locks_per_transaction")) {
                settings.add("-c " + name + "=" + one(s, "show " + name));
            }
            Path source = Path.of(one(s, "show data_directory"));
            s.execute("select pg_create_physical_replication_slot('standby', true)");
            s.execute("select pg_backup_start('replica test', true)");
            copy(source, data);
            try (ResultSet stop = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                stop.next();
                Files.writeString(data.resolve("backup_label"), stop.getString(1));
                String map = stop.getString(2);
                if (map != null && !map.isEmpty()) {
                    Files.writeString(data.resolve("tablespace_map"), map);
                }
            }
        }
        Files.createFile(data.resolve("standby.signal"));
        Files.writeString(data.resolve("postgresql.auto.conf"), """
                primary_conninfo = 'host=localhost port=%d user=postgres application_name=standby'
                primary_slot_name = 'standby'
                hot_standby = on
                """.formatted(primary.getPort()), java.nio.file.StandardOpenOption.APPEND);
        HotStandby standby = new HotStandby(bin, data, port, settings);
        standby.start();
        return standby;
    }

    public int port() {
        return port;
    }

    /** A JDBC connection to the standby (read-only: it is in recovery). */
    public Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "postgres");
    }

    public void start() throws IOException, InterruptedException {
        pgCtl("-D", data.toString(), "-l", data.resolve("standby.log").toString(), "-w", "-t", "30",
                "-o", "-p " + port + " -F -c listen_addresses=localhost " + String.join(" ", settings), "start");
    }

    /** Stops it at once, as a crash or a lost machine would. */
    public void stop() throws IOException, InterruptedException {
        pgCtl("-D", data.toString(), "-m", "immediate", "-w", "-t", "30", "stop");
    }

    @Override
    public void close() throws Exception {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop();
            }
        } finally {
            delete(data);
        }
    }

    private void pgCtl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve("pg_ctl").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("pg_ctl.out").toFile())).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pg_ctl " + String.join(" ", args) + " failed: "
                    + Files.readString(data.resolve("pg_ctl.out")) + tail(data.resolve("standby.log")));
        }
    }

    /** Where zonky unpacked the binaries: the executable of this session's own server process. */
    private static Path binaries(Statement s) throws SQLException, IOException {
        return Files.readSymbolicLink(Path.of("/proc", one(s, "select pg_backend_pid()"), "exe")).getParent();
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Copies a running server's data directory; files that vanish while copying are passed over. */
    private static void copy(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path to = target.resolve(source.relativize(dir).toString());
                Files.createDirectories(to);
                boolean emptied = !dir.equals(source) && LEFT_OUT.contains(dir.getFileName().toString());
                return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!LEFT_OUT.contains(file.getFileName().toString()) && !file.getFileName().toString()
                        .startsWith("pgsql_tmp")) {
                    try {
                        Files.copy(file, target.resolve(source.relativize(file).toString()),
                                StandardCopyOption.COPY_ATTRIBUTES);
                    } catch (NoSuchFileException vanished) {
                        // A temporary file the server removed meanwhile.
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
