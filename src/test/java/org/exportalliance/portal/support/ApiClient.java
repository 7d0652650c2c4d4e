package org.exportalliance.portal.support;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A WebTestClient on the running portal's API, and a way to get a demo user's token. */
public final class ApiClient {

    private ApiClient() {}

    public static WebTestClient on(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/api")
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /**
     * The Prometheus scrape of the portal whose application port is {@code port}, read from its management port
     * (management.server.port, random in tests). The buffer is generous: a scrape after many tests is large.
     */
    public static String metrics(int port) {
        return management(port)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** A client on the actuator of the portal whose application port is {@code port}. */
    public static WebTestClient.Builder management(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort(port))
                .responseTimeout(Duration.ofSeconds(30));
    }

    /** The management port of the portal on {@code port}: its own port, or the same one if none is configured. */
    public static int managementPort(int port) {
        return MANAGEMENT_PORTS.getOrDefault(port, port);
    }

    private static final Map<Integer, Integer> MANAGEMENT_PORTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Notes each portal's management port beside its application port, for {@link #metrics}. The management server's
     * start is announced to the main context too; it is announced again with a new random port when the test
     * framework resumes a paused context, so the note follows.
     */
    @org.springframework.stereotype.Component
    static final class ManagementPorts implements org.springframework.context.ApplicationListener<
            org.springframework.boot.web.server.context.WebServerInitializedEvent> {
        @Override
        public void onApplicationEvent(org.springframework.boot.web.server.context.WebServerInitializedEvent event) {
            var context = event.getApplicationContext();
            if (!"management".equals(context.getServerNamespace()) || context.getParent() == null) {
                return;
            }
            Integer server = context.getParent().getEnvironment().getProperty("local.server.port", Integer.class);
            if (server != null) {
                MANAGEMENT_PORTS.put(server, event.getWebServer().getPort());
            }
        }
    }

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A demo user's token on the portal at {@code port}, issued once and reused: every issue is a bcrypt check, and
     * API tests asked for three or four per test.
     */
    public static String token(int port, String username) {
        return TOKENS.computeIfAbsent(port + ":" + username, key -> token(on(port), username));
    }

    /** A fresh token for a demo user. */
    public static String token(WebTestClient api, String username) {
        return token(api, username, "demo1234");
    }

    /** A fresh token for a user who signs in with {@code password} and has no second factor. */
    @SuppressWarnings("unchecked")
    public static String token(WebTestClient api, String username, String password) {
        Map<String, Object> body = api.post().uri("/v1/tokens")
                .headers(h -> h.setBasicAuth(username, password))
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("token");
    }
}
