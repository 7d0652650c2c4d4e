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

    /** The Prometheus scrape, which with latency histograms outgrows the client's default buffer. */
    public static String metrics(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
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
    @SuppressWarnings("unchecked")
    public static String token(WebTestClient api, String username) {
        Map<String, Object> body = api.post().uri("/v1/tokens")
                .headers(h -> h.setBasicAuth(username, "demo1234"))
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("token");
    }
}
