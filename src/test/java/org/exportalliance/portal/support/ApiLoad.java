package org.exportalliance.portal.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * API calls made one after another from a thread of their own until closed, as an ERP client keeps calling while an
 * instance is being replaced: every answer and every failure to get one is kept, with when it came.
 */
public final class ApiLoad implements AutoCloseable {

    /** One call: its status (0 when no answer came) and, when it failed to get one, why. */
    public record Call(Instant at, int status, String failure) {}

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private ApiLoad(HttpRequest request) {
        this.request = request;
        this.thread = new Thread(this::run, "api-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts calling GET {@code url} with {@code token} as the bearer token. */
    public static ApiLoad get(String url, String token) {
        return new ApiLoad(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls that did not end in a 2xx answer. */
    public List<Call> failures() {
        return calls.stream().filter(call -> call.status() < 200 || call.status() >= 300).toList();
    }

    private void run() {
        while (running.get()) {
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                calls.add(new Call(Instant.now(), response.statusCode(), ""));
            } catch (IOException e) {
                calls.add(new Call(Instant.now(), 0, e.toString()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(Duration.ofSeconds(30));
    }
}
