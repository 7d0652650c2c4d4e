package org.exportalliance.portal.notification.webhook.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.NewUser;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.notification.webhook.WebhookEvents;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code /api/v1/webhooks} as a firm's system uses it: the secret in the answer to a creation or a rotation and never
 * again, another firm's admin answered 404, problems for a bad address, an unknown event, control characters and a
 * huge body, the delivery log and "send again", and members who are not admins refused.
 */
class WebhookApiTest extends PortalApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = "right-password-123";
    /**
     * Loopback is allowed in the portal's tests ({@code portal.webhooks.allowed-hosts}), and nothing listens on port 9:
     * an event another test's dispatch takes for these endpoints fails at once instead of waiting out a timeout.
     */
    private static final String RECEIVER = "http://127.0.0.1:9/hooks/";

    @Autowired AccountService accounts;
    @Autowired Actors actors;
    @Autowired WebhookEvents events;

    String firmAdmin;

    @BeforeEach
    void firmAdmin() {
        firmAdmin = ApiClient.token(port, "firmadmin");
    }

    /** A token for a new admin of firm B (member2's firm); a demo account, so no second factor is asked. */
    private String otherFirmsAdmin() {
        String name = "wha" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        accounts.create(new NewUser(actors.member2().firmId(), name, "Webhook Admin", null, PASSWORD,
                Set.of(Role.MEMBER, Role.FIRM_ADMIN), "zh-CN", true)).block(WAIT);
        return ApiClient.token(api, name, PASSWORD);
    }

    private static Map<String, Object> endpoint(String url, String... events) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("description", "ERP");
        body.put("events", List.of(events));
        return body;
    }

    private Map<String, Object> create(String token, Map<String, Object> body) {
        return json(noStore(send(HttpMethod.POST, "/v1/webhooks", token, body).expectStatus().isCreated()));
    }

    /** An answer holding a secret is kept by no cache. */
    private static WebTestClient.ResponseSpec noStore(WebTestClient.ResponseSpec response) {
        return response.expectHeader().values("Cache-Control",
                values -> assertThat(String.join(",", values)).contains("no-store"));
    }

    private WebTestClient.ResponseSpec get(String uri, String token) {
        return api.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> endpointOf(Map<String, Object> created) {
        return (Map<String, Object>) created.get("endpoint");
    }

    @Test
    void a_creation_answers_the_secret_once_and_no_read_ever_returns_it() {
        Map<String, Object> created = create(firmAdmin, endpoint(RECEIVER + UUID.randomUUID(), "order.stage_changed",
                "request.updated"));
        String secret = (String) created.get("secret");
        assertThat(secret).matches("whsec_[A-Za-z0-9+/=]{40,}");
        Map<String, Object> shown = endpointOf(created);
        assertThat(shown).containsEntry("allianceWide", false).containsEntry("enabled", true)
                .containsEntry("events", List.of("order.stage_changed", "request.updated"))
                .doesNotContainKey("secret");
        String id = (String) shown.get("id");

        String one = get("/v1/webhooks/" + id, firmAdmin).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String all = get("/v1/webhooks", firmAdmin).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(one).contains(id).doesNotContain(secret).doesNotContain("whsec_").doesNotContain("\"secret\"");
        assertThat(all).contains(id).doesNotContain(secret).doesNotContain("whsec_");
    }

    @Test
    void another_firms_admin_gets_a_404_for_our_endpoint_and_never_lists_it() {
        String id = (String) endpointOf(create(firmAdmin, endpoint(RECEIVER + UUID.randomUUID(), "claim.decided")))
                .get("id");
        String other = otherFirmsAdmin();
        get("/v1/webhooks/" + id, other).expectStatus().isNotFound();
        get("/v1/webhooks/" + id + "/deliveries", other).expectStatus().isNotFound();
        send(HttpMethod.POST, "/v1/webhooks/" + id + "/rotate", other, Map.of()).expectStatus().isNotFound();
        Map<String, Object> change = endpoint(RECEIVER + "taken", "claim.decided");
        change.put("version", 0);
        send(HttpMethod.PUT, "/v1/webhooks/" + id, other, change).expectStatus().isNotFound();
        api.delete().uri("/v1/webhooks/" + id).headers(h -> h.setBearerAuth(other)).exchange()
                .expectStatus().isNotFound();
        List<?> theirs = (List<?>) json(get("/v1/webhooks", other).expectStatus().isOk()).get("items");
        assertThat(ids(theirs)).doesNotContain(id);
        get("/v1/webhooks/" + id, firmAdmin).expectStatus().isOk();
    }

    @Test
    void a_private_or_malformed_address_an_unknown_event_control_characters_and_a_huge_body_are_problems() {
        send(HttpMethod.POST, "/v1/webhooks", firmAdmin, endpoint("http://169.254.169.254/latest", "claim.decided"))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type")
                .isEqualTo("urn:export-alliance:problem:webhook.endpoint.private-network");
        send(HttpMethod.POST, "/v1/webhooks", firmAdmin, endpoint("https://user:pw@203.0.113.9/x", "claim.decided"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:webhook.endpoint.malformed");
        send(HttpMethod.POST, "/v1/webhooks", firmAdmin, endpoint("ftp://203.0.113.9/x", "claim.decided"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:webhook.endpoint.scheme");

        assertThat(fields(send(HttpMethod.POST, "/v1/webhooks", firmAdmin,
                endpoint(RECEIVER + "x", "claim.decided", "order.deleted")))).containsExactly("events[1]");
        assertThat(fields(send(HttpMethod.POST, "/v1/webhooks", firmAdmin, endpoint(" ")))).contains("url", "events");
        Map<String, Object> bell = endpoint(RECEIVER + "bell", "claim.decided");
        bell.put("description", "ERP\u0007");
        assertThat(fields(send(HttpMethod.POST, "/v1/webhooks", firmAdmin, bell))).containsExactly("description");

        char[] huge = new char[300 * 1024];
        Arrays.fill(huge, 'a');
        send(HttpMethod.POST, "/v1/webhooks", firmAdmin, endpoint(RECEIVER + new String(huge), "claim.decided"))
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static List<Object> ids(List<?> items) {
        return items.stream().map(e -> (Object) ((Map<?, ?>) e).get("id")).toList();
    }

    /** The fields a 400 problem names. */
    private List<Object> fields(WebTestClient.ResponseSpec response) {
        response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        List<?> errors = (List<?>) json(response.expectStatus().isBadRequest()).get("errors");
        return errors.stream().map(e -> (Object) ((Map<?, ?>) e).get("field")).toList();
    }

    @Test
    void a_rotation_answers_a_new_secret_once_and_the_endpoint_says_until_when_the_old_one_signs() {
        Map<String, Object> created = create(firmAdmin, endpoint(RECEIVER + UUID.randomUUID(), "claim.decided"));
        String id = (String) endpointOf(created).get("id");
        Map<String, Object> rotated = json(noStore(send(HttpMethod.POST, "/v1/webhooks/" + id + "/rotate", firmAdmin,
                Map.of()).expectStatus().isOk()));
        assertThat((String) rotated.get("secret")).startsWith("whsec_").isNotEqualTo(created.get("secret"));
        assertThat(endpointOf(rotated).get("rotationOverlapUntil")).isNotNull();

        String after = get("/v1/webhooks/" + id, firmAdmin).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(after).contains("rotationOverlapUntil").doesNotContain((String) rotated.get("secret"))
                .doesNotContain("whsec_");
    }

    @Test
    void staff_may_switch_a_firms_endpoint_off_but_never_rotate_its_secret_or_point_it_elsewhere() {
        String url = RECEIVER + UUID.randomUUID();
        Map<String, Object> created = create(firmAdmin, endpoint(url, "claim.decided"));
        String id = (String) endpointOf(created).get("id");
        String staff = ApiClient.token(port, "staff");

        send(HttpMethod.POST, "/v1/webhooks/" + id + "/rotate", staff, Map.of()).expectStatus().isForbidden();
        Map<String, Object> elsewhere = endpoint(RECEIVER + "staff", "claim.decided");
        elsewhere.put("version", endpointOf(created).get("version"));
        send(HttpMethod.PUT, "/v1/webhooks/" + id, staff, elsewhere).expectStatus().isForbidden();
        Map<String, Object> moreEvents = endpoint(url, "claim.decided", "order.stage_changed");
        moreEvents.put("version", endpointOf(created).get("version"));
        send(HttpMethod.PUT, "/v1/webhooks/" + id, staff, moreEvents).expectStatus().isForbidden();

        Map<String, Object> off = endpoint(url, "claim.decided");
        off.put("version", endpointOf(created).get("version"));
        off.put("enabled", false);
        Map<String, Object> switchedOff = json(send(HttpMethod.PUT, "/v1/webhooks/" + id, staff, off)
                .expectStatus().isOk());
        assertThat(switchedOff.get("enabled")).isEqualTo(false);
        assertThat(switchedOff.get("url")).isEqualTo(url);
    }

    @Test
    void the_delivery_log_lists_an_event_and_send_again_queues_it_with_the_same_id() {
        String id = (String) endpointOf(create(firmAdmin, endpoint(RECEIVER + UUID.randomUUID(), "claim.decided")))
                .get("id");
        events.publish(actors.of("firmadmin").firmId(), WebhookEventType.CLAIM_DECIDED, Map.of("claim", "c-1"))
                .block(WAIT);

        List<?> log = (List<?>) json(get("/v1/webhooks/" + id + "/deliveries", firmAdmin).expectStatus().isOk())
                .get("items");
        assertThat(log).hasSize(1);
        Map<?, ?> delivery = (Map<?, ?>) log.getFirst();
        assertThat(delivery.get("eventType")).isEqualTo("claim.decided");
        assertThat(delivery.get("status")).isEqualTo("PENDING");
        String deliveryId = (String) delivery.get("id");
        assertThat(deliveryId).matches("msg_[0-9a-f]{32}");

        api.post().uri("/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .headers(h -> h.setBearerAuth(firmAdmin)).exchange().expectStatus().isAccepted();
        api.post().uri("/v1/webhooks/" + id + "/deliveries/msg_" + "0".repeat(32) + "/redeliver")
                .headers(h -> h.setBearerAuth(firmAdmin)).exchange().expectStatus().isNotFound();
        api.post().uri("/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .headers(h -> h.setBearerAuth(otherFirmsAdmin())).exchange().expectStatus().isNotFound();
        List<?> again = (List<?>) json(get("/v1/webhooks/" + id + "/deliveries", firmAdmin).expectStatus().isOk())
                .get("items");
        assertThat(ids(again)).containsExactly(deliveryId);
    }

    @Test
    void a_member_who_is_not_an_admin_is_refused_every_route() {
        String id = (String) endpointOf(create(firmAdmin, endpoint(RECEIVER + UUID.randomUUID(), "claim.decided")))
                .get("id");
        get("/v1/webhooks", member).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        get("/v1/webhooks/" + id, member).expectStatus().isForbidden();
        send(HttpMethod.POST, "/v1/webhooks", member, endpoint(RECEIVER + "mine", "claim.decided"))
                .expectStatus().isForbidden();
        send(HttpMethod.POST, "/v1/webhooks/" + id + "/rotate", member, Map.of()).expectStatus().isForbidden();
        get("/v1/webhooks/" + id + "/deliveries", member).expectStatus().isForbidden();
    }
}
