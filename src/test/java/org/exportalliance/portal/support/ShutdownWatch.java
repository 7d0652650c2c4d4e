package org.exportalliance.portal.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches a portal while it shuts down, every 20 ms from a thread of its own: when its readiness probe first stops
 * answering 200, and when its HTTP port first refuses a connection.
 */
public final class ShutdownWatch implements AutoCloseable {

    private final AtomicReference<Instant> readinessDown = new AtomicReference<>();
    private final AtomicReference<Instant> refusing = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final HttpRequest readiness;
    private final int port;
    private final Thread thread;

    /** Starts watching the portal at {@code port} whose actuator answers on {@code managementPort}. */
    public ShutdownWatch(int port, int managementPort) {
        this.port = port;
        this.readiness = HttpRequest.newBuilder(URI.create(
                "http://localhost:" + managementPort + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2))
                .build();
        this.thread = new Thread(this::run, "shutdown-watch");
        thread.setDaemon(true);
        thread.start();
    }

    public Optional<Instant> readinessDown() {
        return Optional.ofNullable(readinessDown.get());
    }

    public Optional<Instant> refusing() {
        return Optional.ofNullable(refusing.get());
    }

    private void run() {
        while (running.get() && refusing.get() == null) {
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    readinessDown.compareAndSet(null, Instant.now());
                }
            } catch (IOException e) {
                readinessDown.compareAndSet(null, Instant.now());
            } catch (InterruptedException e) {
                return;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (IOException refused) {
                refusing.compareAndSet(null, Instant.now());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(Duration.ofSeconds(10));
    }
}
