package org.exportalliance.portal.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.exportalliance.portal.shell.UiSignIn;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Request bodies are limited and read whole before anything else runs (issue 13, defect 3): a body over the limit is
 * refused with 413 problem+json, whatever the route; one that stops arriving gets 408; and slow or huge bodies delay
 * nobody else.
 */
@PortalTest
class RequestBodyLimitTest {

    private static final int JSON_LIMIT = 256 * 1024;

    @LocalServerPort int port;

    @ParameterizedTest
    @CsvSource({"POST,/v1/fairs", "PUT,/v1/fairs/{id}", "POST,/v1/orders", "PUT,/v1/orders/{id}",
            "POST,/v1/leads/{id}/claims", "PUT,/v1/delegations/{id}/capacity", "POST,/v1/delegations/{id}/applications",
            "POST,/v1/tokens", "DELETE,/v1/tokens/{id}", "POST,/v1/no/such/route"})
    void a_10_mb_json_body_is_refused_with_413_problem_details_on_any_route(String method, String path) {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        ApiClient.on(port).method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(path.replace("{id}", UUID.randomUUID().toString()))
                .headers(h -> h.setBearerAuth(ApiClient.token(port, "staff")))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(big)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(ApiProblems.PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:payload-too-large")
                .jsonPath("$.maxBytes").isEqualTo(JSON_LIMIT)
                .jsonPath("$.detail").isEqualTo("The request body is too large; the limit is 256 KB.");
    }

    @Test
    void a_body_declared_too_large_is_refused_before_any_of_it_is_sent() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Answer answer = http.head("POST", "/api/v1/fairs", "Content-Type: application/json",
                    "Content-Length: 1000000000", "Authorization: Bearer " + ApiClient.token(port, "staff"))
                    .answerStart();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.headers()).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer.body()).contains("payload-too-large");
        }
    }

    @Test
    void a_chunked_body_that_grows_past_the_limit_is_refused_with_413() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST", "/api/v1/fairs", "Content-Type: application/json", "Transfer-Encoding: chunked",
                    "Authorization: Bearer " + ApiClient.token(port, "staff"));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 5; i++) {
                http.send((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII))
                        .send(chunk).send("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            http.send("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            RawHttp.Answer answer = http.answer();
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("payload-too-large");
        }
    }

    @Test
    void a_body_that_stops_arriving_is_answered_408_problem_details() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST", "/api/v1/fairs", "Content-Type: application/json", "Content-Length: 1000",
                            "Authorization: Bearer " + ApiClient.token(port, "staff"), "Accept-Language: en")
                    .send("{\"nameZh\":".getBytes(StandardCharsets.UTF_8));

            RawHttp.Answer answer = http.answer();
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.headers()).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer.body()).contains("request-timeout").contains("did not arrive within 5 seconds");
        }
    }

    /**
     * Eight clients trickle bodies (four within the limit, four declared at 10 MB) for several seconds while another
     * asks {@code GET /api/v1/me} again and again. Before the fix a body was read on the database driver's event
     * loop, and {@code /me} waited until the slow bodies had arrived; a generous bound tells the two apart.
     */
    @Test
    void slow_and_huge_bodies_delay_nobody_else() throws Exception {
        String staff = ApiClient.token(port, "staff");
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Integer>> slow = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boolean withinLimit = i % 2 == 0;
            slow.add(senders.submit(() -> trickle(staff, withinLimit)));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        List<String> signIns = new ArrayList<>();
        WebTestClient web = UiSignIn.web(port);
        long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        while (System.nanoTime() < until) {
            if (millis.size() % 10 == 0) {
                // The login form under the same load: it signs in, or says the service is busy; never "wrong password".
                signIns.add(UiSignIn.location(UiSignIn.post(web, UiSignIn.loginPage(web), "member", "demo1234")));
            }
            long start = System.nanoTime();
            HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/me")).header("Authorization", "Bearer " + staff)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(me.statusCode()).isEqualTo(200);
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : slow) {
            statuses.add(f.get());
        }
        senders.shutdown();

        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("GET /api/v1/me while 8 slow bodies arrive: %d calls, median %d ms, p99 %d ms, max %d ms; "
                        + "UI sign-ins %s%n", sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.getLast(),
                signIns.stream().collect(Collectors.groupingBy(
                        l -> l.contains("/login") ? l.substring(l.indexOf("/login")) : "signed in",
                        Collectors.counting())));
        assertThat(sorted.getLast()).as("the slowest /me while bodies trickle in (ms)").isLessThan(3_000);
        assertThat(signIns).as("UI sign-ins while bodies trickle in").isNotEmpty()
                .allSatisfy(location -> assertThat(location).satisfiesAnyOf(
                        l -> assertThat(l).doesNotContain("/login"), l -> assertThat(l).endsWith("/login?error=busy")));
        assertThat(statuses).as("within the limit: created; declared 10 MB: refused")
                .containsExactly(201, 413, 201, 413, 201, 413, 201, 413);
    }

    /** One slow sender: a valid fair padded to 200 kB (or declared as 10 MB), sent over about three seconds. */
    private int trickle(String token, boolean withinLimit) throws Exception {
        String fair = """
                {"nameZh":"慢速展会 %1$s","nameEn":"Slow Fair %1$s","city":"Milano","country":"IT",
                 "venue":"Fiera Milano","startDate":"2031-05-10","endDate":"2031-05-13","sectors":["WEAVING"]}"""
                .formatted(UUID.randomUUID());
        byte[] body = new byte[200_000];
        Arrays.fill(body, (byte) ' ');
        byte[] json = fair.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(json, 0, body, 0, json.length);
        long declared = withinLimit ? body.length : 10L * 1024 * 1024;
        try (RawHttp http = new RawHttp(port)) {
            http.head("POST", "/api/v1/fairs", "Content-Type: application/json", "Content-Length: " + declared,
                    "Authorization: Bearer " + token);
            if (!withinLimit) {
                // Refused at once; the client reads that, goes on sending for a while, as a careless one would, and
                // gives up.
                int refused = http.status();
                for (int i = 0; i < 15; i++) {
                    http.send(Arrays.copyOf(body, 8_000));
                    Thread.sleep(200);
                }
                return refused;
            }
            for (int sent = 0; sent < body.length; sent += 8_000) {
                http.send(Arrays.copyOfRange(body, sent, Math.min(body.length, sent + 8_000)));
                Thread.sleep(120);
            }
            return http.answer().status();
        }
    }
}
