package org.exportalliance.portal.support;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** A WebTestClient on the running portal's API, and a way to get a demo user's token. */
public final class ApiClient {

    private ApiClient() {}

    /**
     * Connections the tests share, dropped after 5 s idle: well before Tomcat closes an idle keep-alive connection, so
     * a request never goes out on one the server is closing (seen as "Connection prematurely closed BEFORE response"
     * after a pause between test classes, and an UNKNOWN request in the metrics).
     */
    private static final ReactorClientHttpConnector CONNECTOR = new ReactorClientHttpConnector(HttpClient.create(
            ConnectionProvider.builder("api-tests").maxIdleTime(Duration.ofSeconds(5))
                    .evictInBackground(Duration.ofSeconds(1)).build()));

    public static WebTestClient on(int port) {
        return WebTestClient.bindToServer(CONNECTOR).baseUrl("http://localhost:" + port + "/api")
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
