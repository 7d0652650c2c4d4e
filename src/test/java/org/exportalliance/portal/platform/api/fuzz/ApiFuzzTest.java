package org.exportalliance.portal.platform.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.PortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API under hostile input, driven by its own OpenAPI description (issue 13): every POST, PUT and DELETE, and every
 * GET that takes query parameters, gets generated requests — valid ones, and ones with wrong types, nulls, null items,
 * empty and 100,000-character strings, control characters, emoji and right-to-left text, huge and negative numbers,
 * invalid dates and ids, deep nesting, missing or wrong content types, malformed JSON — as every demo role, another
 * firm, and nobody. The portal must never answer 5xx, every 4xx must be problem details, and it must still answer
 * afterwards.
 *
 * <p>Seeded, so a failure can be repeated: {@code -Dfuzz.seed=<n>} and {@code -Dfuzz.requests=<n>} (default 1,500)
 * run it longer or differently, e.g. {@code ./mvnw test -Dtest=ApiFuzzTest -Dfuzz.requests=20000 -Dfuzz.seed=7}.
 * It runs in an application context of its own, so the demo data it changes is nobody else's.
 */
@PortalTest
@TestPropertySource(properties = "portal.test.context=api-fuzz")
class ApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261206L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1500);
    private static final List<String> USERS = List.of("staff", "member", "member2", "leader", "firmadmin");
    /** Where an id's kind has no list of its own, the list that holds such ids. */
    private static final Map<String, String> ID_SOURCES = Map.of("itinerary-items", "itinerary",
            "checklist-items", "checklist", "exhibits", "shipments");

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, List<String>> ids = new ConcurrentHashMap<>();

    record Sent(String what, int status, @Nullable String contentType, String body) {}

    @Test
    void hostile_requests_never_get_a_5xx_and_every_refusal_is_problem_details() throws Exception {
        List<Operation> operations = OpenApiOperations.read().stream()
                .filter(op -> op.writes() || (op.method().equals("GET") && !op.query().isEmpty()))
                .filter(op -> !op.path().endsWith("openapi.yaml"))
                .toList();
        assertThat(operations).as("operations in the OpenAPI description").hasSizeGreaterThan(40);
        Map<String, String> tokens = new LinkedHashMap<>();
        USERS.forEach(user -> tokens.put(user, ApiClient.token(port, user)));
        harvestIds(tokens.get("staff"));

        Random random = new Random(SEED);
        Values values = new Values(random, () -> anyId(random));
        List<Sent> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            Operation op = operations.get(i % operations.size());
            FuzzRequest request = FuzzRequest.generate(op, values, random, this::idFor, tokens);
            Sent sent = send(request);
            statuses.merge(sent.status(), 1, Integer::sum);
            if (sent.status() >= 500 || (sent.status() >= 400 && !isProblem(sent.contentType()))) {
                failures.add(sent);
            }
        }

        System.out.printf("API fuzz: seed %d, %d requests over %d operations, answers by status %s%n", SEED, REQUESTS,
                operations.size(), statuses);
        assertThat(failures).as("5xx answers, or refusals that are not problem details (seed %d)", SEED)
                .extracting(s -> s.status() + " " + s.contentType() + " " + s.what() + " -> "
                        + s.body().substring(0, Math.min(200, s.body().length())))
                .isEmpty();
        assertThat(statuses.keySet()).as("the generated requests reach past the first check").contains(200);
        stillAnswers(tokens.get("member"));
    }

    private void stillAnswers(String token) throws Exception {
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base() + "/v1/me"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as("GET /api/v1/me after the fuzzing").isEqualTo(200);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("the login page after the fuzzing").isEqualTo(200);
    }

    private Sent send(FuzzRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + request.uri()))
                    .timeout(Duration.ofSeconds(60))
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            // The request's timeout ends the wait for the headers only; a body that never ends is a failure too.
            HttpResponse<String> response = http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                    .get(90, java.util.concurrent.TimeUnit.SECONDS);
            return new Sent(request.toString(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (java.util.concurrent.TimeoutException e) {
            return new Sent(request.toString(), 598, null, "no complete answer within 90 s");
        } catch (java.util.concurrent.ExecutionException e) {
            // A refused connection is an answer too, but not one the portal may give: count it as a failure.
            return new Sent(request.toString(), 599, null, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isProblem(@Nullable String contentType) {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    private String base() {
        return "http://localhost:" + port + "/api";
    }

    /** An id of the kind the path names ({@code /v1/fairs/{id}}: a fair's), or now and then any other. */
    private String idFor(Operation op, Random random) {
        String kind = op.idKind();
        List<String> known = kind == null ? null : ids.get(ID_SOURCES.getOrDefault(kind, kind));
        int dice = random.nextInt(10);
        if (known != null && !known.isEmpty() && dice < 7) {
            return known.get(random.nextInt(known.size()));
        }
        if (dice < 9) {
            return UUID.randomUUID().toString();
        }
        return URLEncoder.encode(Values.IDS.get(random.nextInt(Values.IDS.size())), StandardCharsets.UTF_8);
    }

    private String anyId(Random random) {
        List<String> all = ids.values().stream().flatMap(List::stream).toList();
        return all.isEmpty() || random.nextInt(4) == 0 ? UUID.randomUUID().toString()
                : all.get(random.nextInt(all.size()));
    }

    /**
     * Collects the ids the portal shows staff: from every list without a path id, then from the lists under the
     * first few of those (a delegation's applications, booths, travellers …), keyed by the list's last path segment.
     */
    private void harvestIds(String staff) throws Exception {
        List<Operation> reads = OpenApiOperations.read().stream()
                .filter(op -> op.method().equals("GET") && !op.path().contains(".")).toList();
        for (Operation op : reads.stream().filter(op -> !op.path().contains("{")).toList()) {
            collect(op.path(), op.path(), staff);
        }
        for (Operation op : reads.stream().filter(op -> op.path().contains("{id}/")
                && op.path().indexOf('{', op.path().indexOf("{id}") + 1) < 0).toList()) {
            List<String> parents = ids.getOrDefault(op.idKind(), List.of());
            for (String parent : parents.subList(0, Math.min(4, parents.size()))) {
                collect(op.path(), op.path().replace("{id}", parent), staff);
            }
        }
    }

    private void collect(String template, String path, String staff) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + staff).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/json")) {
            return;
        }
        String kind = template.substring(template.lastIndexOf('/') + 1);
        List<String> found = new ArrayList<>();
        collectIds(json.readTree(response.body()), found);
        ids.merge(kind, found.stream().distinct().limit(200).toList(),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
    }

    private static void collectIds(tools.jackson.databind.JsonNode node, List<String> found) {
        if (node.isObject()) {
            tools.jackson.databind.JsonNode id = node.get("id");
            if (id != null && id.isString()) {
                found.add(id.asString());
            }
            node.values().forEach(child -> collectIds(child, found));
        } else if (node.isArray()) {
            node.values().forEach(child -> collectIds(child, found));
        }
    }
}
