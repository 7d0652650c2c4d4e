package org.exportalliance.portal.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real HAProxy process in front of two portals, run with the configuration {@code deploy/local/two-instances.sh}
 * ships ({@link #CONFIG}), and the lines it logs, each with when it was read. Where haproxy is found: the system
 * property {@code haproxy.path}, else the environment variable {@code HAPROXY_PATH}, else Debian's
 * {@code /usr/sbin/haproxy}.
 */
public final class Haproxy implements AutoCloseable {

    public static final Path CONFIG = Path.of("deploy", "local", "haproxy.cfg");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    /** A line HAProxy logged, and when the test read it. */
    public record Line(Instant at, String text) {}

    private final Process process;
    private final int port;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private Haproxy(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::read, "haproxy-log");
        reader.setDaemon(true);
        reader.start();
    }

    public static Path path() {
        String configured = System.getProperty("haproxy.path");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("HAPROXY_PATH");
        }
        return Path.of(configured == null || configured.isBlank() ? "/usr/sbin/haproxy" : configured.strip());
    }

    public static boolean isInstalled() {
        return Files.isRegularFile(path()) && Files.isExecutable(path());
    }

    /** The environment {@link #CONFIG} reads, for instances A and B at these application and management ports. */
    public static Map<String, String> settings(int lbPort, int portA, int managementA, int portB, int managementB) {
        return Map.of("LB_PORT", Integer.toString(lbPort), "PORT_A", Integer.toString(portA),
                "MANAGEMENT_PORT_A", Integer.toString(managementA), "PORT_B", Integer.toString(portB),
                "MANAGEMENT_PORT_B", Integer.toString(managementB));
    }

    /** Starts HAProxy in the foreground with {@link #CONFIG} and {@code settings}; returns once it accepts. */
    public static Haproxy start(Map<String, String> settings) {
        ProcessBuilder builder = new ProcessBuilder(path().toString(), "-db", "-f", CONFIG.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(settings);
        int port = Integer.parseInt(settings.get("LB_PORT"));
        Haproxy haproxy;
        try {
            haproxy = new Haproxy(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        haproxy.awaitListening();
        return haproxy;
    }

    public int port() {
        return port;
    }

    /** When HAProxy first logged a line containing {@code text}, if it did. */
    public Optional<Instant> logged(String text) {
        return lines.stream().filter(line -> line.text().contains(text)).map(Line::at).findFirst();
    }

    /** What HAProxy logged so far, a line each, with when it was read: for failure messages. */
    public String log() {
        return String.join("\n", lines.stream().map(line -> line.at() + " " + line.text()).toList());
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        close();
        throw new IllegalStateException("HAProxy did not listen on " + port + ":\n" + log());
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(new Line(Instant.now(), line));
            }
        } catch (IOException closed) {
            // The process ended.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
