import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab as the Vaadin server sees it, without a browser: it signs in through the login form, bootstraps a
 * UI ({@code ?v-r=init}), navigates it to a route over UIDL and keeps the UI's push WebSocket open, as Flow's own
 * client does. What the server pushes is handed to a listener with its arrival time. It answers the grid connector's
 * {@code confirmUpdate} after each data update, as the browser would, and sends heartbeats; it renders nothing.
 */
final class UiSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CONFIRM = Pattern.compile("\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm");

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private final CopyOnWriteArrayList<String> errors = new CopyOnWriteArrayList<>();
    private volatile BiConsumer<Long, String> listener = (nanos, message) -> {};
    private String securityKey = "";
    private String pushId = "";
    private int uiId;
    private int clientId;
    private volatile int lastSyncId;
    private WebSocket socket;
    private String lastPage = "";

    UiSession(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Signs in through the form login, as a person would. */
    void signIn(String user, String password) throws IOException, InterruptedException {
        String page = get("login");
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IOException("no CSRF token on the login page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IOException("sign-in as " + user + " refused: " + signedIn.statusCode() + " " + location);
        }
    }

    /** Bootstraps a UI, opens its push connection and navigates it to {@code route}; returns the view's UIDL. */
    String open(String route) throws IOException, InterruptedException {
        String init = get("?v-r=init&location=" + enc(route) + "&query=");
        securityKey = find(SECURITY_KEY, init, "security key");
        pushId = find(PUSH_ID, init, "push id");
        uiId = Integer.parseInt(find(UI_ID, init, "UI id"));
        socket = http.newWebSocketBuilder().header("Cookie", cookieHeader())
                .buildAsync(pushUri(), new Listener()).join();
        lastPage = uidl("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
        confirmUpdates(lastPage);
        return lastPage;
    }

    /**
     * {@code count} sessions, {@code parallel} at a time, each signed in as {@code user} (password from
     * BENCH_UI_PASSWORD) and showing {@code route}, whose page must contain {@code expect}.
     */
    static java.util.List<UiSession> openMany(HttpClient http, URI base, String user, String route, String expect,
            int count, int parallel) throws Exception {
        java.util.List<java.util.concurrent.Future<UiSession>> opening = new java.util.ArrayList<>();
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < count; i++) {
                opening.add(pool.submit(() -> {
                    UiSession session = new UiSession(http, base);
                    session.signIn(user, System.getenv("BENCH_UI_PASSWORD"));
                    if (!session.open(route).contains(expect)) {
                        throw new IllegalStateException("route " + route + " does not show " + expect);
                    }
                    return session;
                }));
            }
        }
        java.util.List<UiSession> sessions = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<UiSession> f : opening) {
            sessions.add(f.get());
        }
        return sessions;
    }

    void onPush(BiConsumer<Long, String> listener) {
        this.listener = listener;
    }

    /** Tells the server the tab is still open, as the browser does every heartbeat interval. */
    void heartbeat() throws IOException, InterruptedException {
        HttpResponse<String> beat = send(request("?v-r=heartbeat&v-uiId=" + uiId)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (beat.statusCode() != 200) {
            errors.add("heartbeat " + beat.statusCode());
        }
    }

    /** Closes the tab and ends its HTTP session (signs out), so the server can free it at once. */
    void close() {
        if (socket != null) {
            socket.abort();
        }
        try {
            String page = get("login");
            Matcher csrf = CSRF.matcher(page);
            if (csrf.find()) {
                send(request("logout").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf.group(1)))).build());
            }
        } catch (IOException | InterruptedException e) {
            errors.add("sign-out: " + e);
        }
    }

    java.util.List<String> errors() {
        return errors;
    }

    private synchronized String uidl(String rpc) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":" + rpc + ",\"syncId\":" + lastSyncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> answer = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (answer.statusCode() != 200) {
            throw new IOException("UIDL request answered " + answer.statusCode());
        }
        clientId++;
        noteSyncId(answer.body());
        return answer.body();
    }

    private void noteSyncId(String message) {
        Matcher sync = SYNC_ID.matcher(message);
        while (sync.find()) {
            lastSyncId = Math.max(lastSyncId, Integer.parseInt(sync.group(1)));
        }
    }

    /** The grid connector confirms each data update it received; without it the server keeps the old keys. */
    private void confirmUpdates(String message) {
        Matcher confirm = CONFIRM.matcher(message);
        while (confirm.find()) {
            String rpc = "[{\"type\":\"publishedEventHandler\",\"node\":" + confirm.group(1)
                    + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + confirm.group(2)
                    + "],\"promise\":-1}]";
            Thread.ofVirtual().start(() -> {
                try {
                    uidl(rpc);
                } catch (IOException | InterruptedException e) {
                    errors.add("confirmUpdate: " + e);
                }
            });
        }
    }

    private URI pushUri() {
        String ws = base.toString().replaceFirst("^http", "ws");
        return URI.create(ws + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + enc("application/json; charset=UTF-8") + "&X-atmo-protocol=true");
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long arrived = System.nanoTime();
            String message;
            synchronized (partial) {
                partial.append(data);
                if (!last) {
                    webSocket.request(1);
                    return null;
                }
                message = partial.toString();
                partial.setLength(0);
            }
            noteSyncId(message);
            listener.accept(arrived, message);
            confirmUpdates(message);
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            errors.add("push connection: " + error);
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = send(request(path).GET().build());
        if (page.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + page.statusCode());
        }
        return page.body();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return header.toString();
    }

    private static String find(Pattern pattern, String text, String what) throws IOException {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IOException("no " + what + " in the server's answer");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
