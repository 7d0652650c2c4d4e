import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The live-fanout benchmark's client (see bench/README.md). It opens UI sessions without a browser ({@link UiSession}),
 * each signed in and showing a route, then creates a fair (or renames one) through the API once per interval and
 * records when each session's push connection carries its name. First with one session (the anchor), then with all of them.
 * Prints one JSON object.
 *
 * <p>Run with {@code java bench/lib/LiveFanout.java --key value ...}; the keys are in {@link #main}.
 */
public class LiveFanout {

    /** How long after a change a session may still show it before the change counts as missed. */
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        URI watch = URI.create(o.get("watch-url").replaceFirst("/?$", "/"));
        URI api = URI.create(o.get("api-url").replaceFirst("/?$", "/"));
        int sessions = Integer.parseInt(o.get("sessions"));
        int changes = Integer.parseInt(o.get("changes"));
        int anchorChanges = Integer.parseInt(o.getOrDefault("anchor-changes", String.valueOf(changes)));
        Duration interval = Duration.ofMillis(Long.parseLong(o.getOrDefault("interval-ms", "1000")));
        String template = Files.readString(Path.of(o.get("fair-body")));
        String change = o.getOrDefault("change", "create");
        if (!change.equals("create") && !change.equals("rename")) {
            throw new IllegalArgumentException("--change is create or rename");
        }
        Fair fair = new Fair(api, o.get("fair-id"), template, System.getenv("BENCH_TOKEN"), o.get("run-id"), change,
                new java.util.concurrent.CopyOnWriteArrayList<>());

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<UiSession> open = new ArrayList<>();
        long cpuBefore = processCpuNanos();
        try {
            long t0 = System.nanoTime();
            open.addAll(openSessions(http, watch, o, 1));
            Result single = measure(open, fair, anchorChanges, interval, "a");
            open.addAll(openSessions(http, watch, o, sessions - 1));
            double openSeconds = (System.nanoTime() - t0) / 1e9;
            long serverBefore = serverCpuNanos(o.get("server-pid"));
            long clientBefore = processCpuNanos();
            Result all = measure(open, fair, changes, interval, "b");
            long serverCpu = serverCpuNanos(o.get("server-pid")) - serverBefore;
            // On the same cores as the portal, the client's share of the fan-out is CPU the portal did not get.
            long clientCpu = processCpuNanos() - clientBefore;
            List<String> errors = open.stream().flatMap(s -> s.errors().stream()).limit(5).toList();
            long errorCount = open.stream().mapToLong(s -> s.errors().size()).sum();
            System.out.println("{\"sessions\":" + open.size() + ",\"route\":\"" + o.get("route") + "\""
                    + ",\"change\":\"" + change + "\"" + ",\"changeMs\":" + all.putJson()
                    + ",\"openSeconds\":" + round(openSeconds) + ",\"intervalMs\":" + interval.toMillis()
                    + ",\"latencyMs\":" + all.latencyJson() + ",\"changes\":" + changes + ",\"samples\":" + all.samples()
                    + ",\"missed\":" + all.missed()
                    + ",\"single\":{\"changes\":" + anchorChanges + ",\"latencyMs\":" + single.latencyJson()
                    + ",\"missed\":" + single.missed() + "}"
                    + ",\"clientErrors\":" + errorCount + ",\"firstClientErrors\":" + strings(errors)
                    + ",\"clientCpuSeconds\":" + round((processCpuNanos() - cpuBefore) / 1e9)
                    + ",\"serverCpuMsPerSessionChange\":" + (serverBefore < 0 ? "null"
                            : String.valueOf(round(serverCpu / 1e6 / ((double) changes * open.size()))))
                    + ",\"clientCpuMsPerSessionChange\":" + round(clientCpu / 1e6 / ((double) changes * open.size()))
                    + "}");
        } finally {
            try (ExecutorService closing = Executors.newFixedThreadPool(8)) {
                open.forEach(s -> closing.submit(s::close));
            }
            fair.cancelCreated();
        }
    }

    /** The fan-out of {@code changes} changes to every open session: latency per session and change, and misses. */
    private static Result measure(List<UiSession> open, Fair fair, int changes, Duration interval, String phase)
            throws Exception {
        int n = open.size();
        AtomicLongArray seen = new AtomicLongArray(changes * n);
        AtomicLongArray sentAt = new AtomicLongArray(changes);
        String[] names = new String[changes];
        long[] putNanos = new long[changes];
        for (int c = 0; c < changes; c++) {
            names[c] = fair.name(phase, c);
        }
        for (int s = 0; s < n; s++) {
            int session = s;
            open.get(s).onPush((arrived, message) -> {
                for (int c = 0; c < changes; c++) {
                    if (seen.get(c * n + session) == 0 && sentAt.get(c) != 0 && message.contains(names[c])) {
                        seen.compareAndSet(c * n + session, 0, Math.max(1, arrived - sentAt.get(c)));
                    }
                }
            });
        }
        Heartbeats beats = new Heartbeats(open);
        for (int c = 0; c < changes; c++) {
            long started = System.nanoTime();
            sentAt.set(c, started);
            fair.change(names[c]);
            putNanos[c] = System.nanoTime() - started;
            long rest = interval.toNanos() - (System.nanoTime() - started);
            if (rest > 0) {
                TimeUnit.NANOSECONDS.sleep(rest);
            }
        }
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline && countZeros(seen) > 0) {
            Thread.sleep(50);
        }
        beats.stop();
        open.forEach(s -> s.onPush((arrived, message) -> {}));
        return new Result(seen, putNanos);
    }

    private static int countZeros(AtomicLongArray values) {
        int zeros = 0;
        for (int i = 0; i < values.length(); i++) {
            zeros += values.get(i) == 0 ? 1 : 0;
        }
        return zeros;
    }

    private static List<UiSession> openSessions(HttpClient http, URI watch, Map<String, String> o, int count)
            throws Exception {
        return UiSession.openMany(http, watch, o.get("user"), o.get("route"), o.get("expect"), count,
                Integer.parseInt(o.getOrDefault("parallel", "4")));
    }

    /**
     * The change made through the API for each step: a new fair on the catalogue's first row ({@code create}, as
     * staff add fairs), or the first row's fair renamed ({@code rename}). Either way the step's name is new to every
     * session. Created fairs are cancelled again when the client ends, so they never crowd a later run's first page.
     */
    private record Fair(URI api, String id, String template, String token, String runId, String change,
            List<String> created) {

        private static final HttpClient CLIENT = HttpClient.newHttpClient();
        private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"");

        String name(String phase, int change) {
            return "Fanout-" + runId + "-" + phase + change;
        }

        void change(String name) throws Exception {
            String body = template.replace("@NAME@", name);
            HttpRequest.Builder request = change.equals("create")
                    ? HttpRequest.newBuilder(api.resolve("api/v1/fairs")).header("Idempotency-Key", name)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                    : HttpRequest.newBuilder(api.resolve("api/v1/fairs/" + id))
                            .PUT(HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> answer = CLIENT.send(request.header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != (change.equals("create") ? 201 : 200)) {
                throw new IllegalStateException(change + " answered " + answer.statusCode() + ": " + answer.body());
            }
            if (change.equals("create")) {
                java.util.regex.Matcher m = ID.matcher(answer.body());
                if (m.find()) {
                    created.add(m.group(1));
                }
            }
        }

        void cancelCreated() {
            for (String fair : created) {
                try {
                    CLIENT.send(HttpRequest.newBuilder(api.resolve("api/v1/fairs/" + fair + "/cancel"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"bench live-fanout\"}")).build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (Exception e) {
                    System.err.println("could not cancel bench fair " + fair + ": " + e);
                }
            }
        }
    }

    /** Every open tab sends a heartbeat each minute; a long run would otherwise see its UIs closed. */
    private static final class Heartbeats {

        private final Thread thread;

        Heartbeats(List<UiSession> sessions) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        Thread.sleep(Duration.ofSeconds(55));
                        for (UiSession s : sessions) {
                            s.heartbeat();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    System.err.println("heartbeat failed: " + e);
                }
            });
        }

        void stop() {
            thread.interrupt();
        }
    }

    private record Result(AtomicLongArray seen, long[] putNanos) {

        int samples() {
            return seen.length();
        }

        int missed() {
            return countZeros(seen);
        }

        String latencyJson() {
            long[] shown = new long[seen.length()];
            int k = 0;
            for (int i = 0; i < seen.length(); i++) {
                if (seen.get(i) != 0) {
                    shown[k++] = seen.get(i);
                }
            }
            return percentiles(Arrays.copyOf(shown, k));
        }

        String putJson() {
            return percentiles(putNanos.clone());
        }
    }

    private static String percentiles(long[] nanos) {
        if (nanos.length == 0) {
            return "null";
        }
        Arrays.sort(nanos);
        return "{\"p50\":" + ms(pick(nanos, 0.50)) + ",\"p90\":" + ms(pick(nanos, 0.90)) + ",\"p95\":"
                + ms(pick(nanos, 0.95)) + ",\"p99\":" + ms(pick(nanos, 0.99)) + ",\"max\":" + ms(nanos[nanos.length - 1])
                + "}";
    }

    /** The nearest-rank percentile. */
    private static long pick(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return round(nanos / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /**
     * The portal's CPU time (user + system) from /proc when it runs on this machine, or -1. It includes the wait for
     * late sessions after the last change and whatever else the portal did meanwhile.
     */
    private static long serverCpuNanos(String pid) throws java.io.IOException {
        if (pid == null || pid.isEmpty()) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // clock ticks of 10 ms (USER_HZ 100)
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String strings(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --key value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        for (String required : List.of("watch-url", "api-url", "sessions", "changes", "fair-body", "fair-id", "user",
                "route", "expect", "run-id")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required);
            }
        }
        return options;
    }
}
