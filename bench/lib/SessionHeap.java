import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The session-heap benchmark's client (see bench/README.md): the portal's live heap (after a full collection, from
 * {@code jcmd GC.class_histogram}) before and after {@code --sessions} idle UI sessions open on a route, and again
 * once they signed out. The portal must run on this machine ({@code --pid}). Prints one JSON object with the bytes per
 * session and the classes that grew most.
 */
public class SessionHeap {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].substring(2), args[i + 1]);
        }
        URI url = URI.create(o.get("url").replaceFirst("/?$", "/"));
        int sessions = Integer.parseInt(o.get("sessions"));
        String pid = o.get("pid");
        String jcmd = o.getOrDefault("jcmd", "jcmd");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();

        Histogram before = Histogram.of(jcmd, pid);
        List<UiSession> open = UiSession.openMany(http, url, o.get("user"), o.get("route"), o.get("expect"), sessions, 4);
        Thread.sleep(Duration.ofSeconds(5)); // idle: whatever the views load after attaching has arrived
        Histogram with = Histogram.of(jcmd, pid);
        try (ExecutorService closing = Executors.newFixedThreadPool(4)) {
            open.forEach(s -> closing.submit(s::close));
        }
        Thread.sleep(Duration.ofSeconds(2));
        Histogram after = Histogram.of(jcmd, pid);
        System.out.println("{\"sessions\":" + sessions + ",\"route\":\"" + o.get("route") + "\""
                + ",\"liveHeapBytes\":{\"before\":" + before.total() + ",\"withSessions\":" + with.total()
                + ",\"afterSignOut\":" + after.total() + "}"
                + ",\"bytesPerSession\":" + (with.total() - before.total()) / sessions
                + ",\"leftAfterSignOutPerSession\":" + (after.total() - before.total()) / sessions
                + ",\"topClassesPerSession\":" + with.growthSince(before, sessions, 12) + "}");
    }

    /** Live objects per class after the full collection that {@code GC.class_histogram} runs first. */
    private record Histogram(Map<String, Long> bytesByClass, long total) {

        static Histogram of(String jcmd, String pid) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(jcmd, pid, "GC.class_histogram").redirectErrorStream(true).start();
            Map<String, Long> bytes = new HashMap<>();
            long total = -1;
            for (String line : new String(p.getInputStream().readAllBytes()).split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
                } else if (f.length >= 3 && f[0].equals("Total")) {
                    total = Long.parseLong(f[2]);
                }
            }
            if (p.waitFor() != 0 || total < 0) {
                throw new IOException("jcmd " + pid + " GC.class_histogram failed");
            }
            return new Histogram(bytes, total);
        }

        String growthSince(Histogram base, int sessions, int top) {
            return bytesByClass.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - base.bytesByClass.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                    .map(e -> "{\"class\":\"" + e.getKey() + "\",\"bytes\":" + e.getValue() / sessions + "}")
                    .reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
        }
    }
}
