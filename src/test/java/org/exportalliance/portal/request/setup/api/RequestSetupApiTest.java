package org.exportalliance.portal.request.setup.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestDraft;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Staff's writes to {@code /api/v1/request-categories} and {@code /api/v1/responders}; each test adds its own. */
class RequestSetupApiTest extends PortalApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired RequestService requests;
    @Autowired RequestTriage triage;
    @Autowired Actors actors;

    static String code() {
        return "A_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private String addCategory() {
        String code = code();
        send(HttpMethod.POST, "/v1/request-categories", staff,
                Map.of("code", code, "nameZh", "接口类别 " + code, "nameEn", "API category " + code))
                .expectStatus().isCreated();
        return code;
    }

    @Test
    void staff_add_rename_and_stop_offering_a_category_and_a_stale_version_is_409() {
        String code = code();
        send(HttpMethod.POST, "/v1/request-categories", staff,
                Map.of("code", code.toLowerCase(Locale.ROOT), "nameZh", "海外仓 " + code, "nameEn", "Warehouses " + code))
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/request-categories/" + code)
                .expectBody().jsonPath("$.code").isEqualTo(code).jsonPath("$.active").isEqualTo(true);
        api.get().uri("/v1/request-categories").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.code == '" + code + "')].nameEn").isEqualTo("Warehouses " + code);

        api.put().uri("/v1/request-categories/" + code).headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("nameZh", "海外仓服务 " + code, "nameEn", "Overseas warehouses " + code)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.nameZh").isEqualTo("海外仓服务 " + code);
        send(HttpMethod.PUT, "/v1/request-categories/" + code + "/active", staff, Map.of("active", false, "version", 1))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:changed-concurrently");
        send(HttpMethod.PUT, "/v1/request-categories/" + code + "/active", staff, Map.of("active", false, "version", 2))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.active").isEqualTo(false).jsonPath("$.version").isEqualTo(3);
        api.get().uri("/v1/request-categories").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.code == '" + code + "')]").isEmpty();
    }

    @Test
    void a_member_may_not_change_categories_targets_or_units() {
        String code = addCategory();
        send(HttpMethod.POST, "/v1/request-categories", member, Map.of("code", code(), "nameZh", "x", "nameEn", "x"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:not-permitted");
        send(HttpMethod.PUT, "/v1/request-categories/" + code + "/sla/HIGH", member,
                Map.of("acceptMinutes", 1, "takeMinutes", 2, "resolveMinutes", 3, "version", 1))
                .expectStatus().isForbidden();
        send(HttpMethod.POST, "/v1/responders", leader, Map.of("nameZh", "自建单元", "nameEn", "Own unit",
                "kind", "PROVIDER")).expectStatus().isForbidden();
        api.get().uri("/v1/request-categories/" + code + "/sla").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void staff_set_a_priorities_targets_and_out_of_order_or_unknown_ones_are_400_naming_the_field() {
        String code = addCategory();
        api.get().uri("/v1/request-categories/" + code + "/sla").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(4)
                .jsonPath("$.items[0].priority").isEqualTo("URGENT")
                .jsonPath("$.items[2].acceptMinutes").isEqualTo(510);
        send(HttpMethod.PUT, "/v1/request-categories/" + code + "/sla/NORMAL", staff,
                Map.of("acceptMinutes", 60, "takeMinutes", 900, "resolveMinutes", 600, "version", 1))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("take")
                .jsonPath("$.errors[0].code").isEqualTo("request.setup.validation.take-within-resolve");
        send(HttpMethod.PUT, "/v1/request-categories/" + code + "/sla/SOMEDAY", staff,
                Map.of("acceptMinutes", 60, "takeMinutes", 90, "resolveMinutes", 600, "version", 1))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("priority");
        send(HttpMethod.PUT, "/v1/request-categories/NO_SUCH_CODE/sla/NORMAL", staff,
                Map.of("acceptMinutes", 60, "takeMinutes", 90, "resolveMinutes", 600, "version", 1))
                .expectStatus().isNotFound();
        send(HttpMethod.PUT, "/v1/request-categories/" + code + "/sla/NORMAL", staff,
                Map.of("acceptMinutes", 60, "takeMinutes", 90, "resolveMinutes", 600, "version", 1))
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.resolveMinutes").isEqualTo(600);
    }

    @Test
    void staff_set_up_a_unit_and_stopping_it_with_a_request_in_hand_is_409_with_the_count() {
        String code = addCategory();
        Actor leaderActor = actors.of("leader");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = created("/v1/responders", staff, Map.of("nameZh", "接口单元 " + tag, "nameEn", "API unit " + tag,
                "kind", "CHAIN_LEADER", "leadUserId", leaderActor.userId().toString(),
                "members", List.of(leaderActor.userId().toString()), "categories", List.of(code)));
        send(HttpMethod.POST, "/v1/responders", staff, Map.of("nameZh", "接口单元 " + tag, "nameEn", "Other " + tag,
                "kind", "LAB")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("nameZh");
        api.get().uri("/v1/responders/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.kind").isEqualTo("CHAIN_LEADER").jsonPath("$.openRequests").isEqualTo(0)
                .jsonPath("$.members[0]").isEqualTo(leaderActor.userId().toString());

        ServiceRequest filed = requests.file(actors.member(), new RequestDraft(code, "签证邀请函", "需要邀请函",
                Priority.NORMAL, null, null)).block(WAIT);
        ServiceRequest accepted = triage.accept(actors.staff(), filed.id(), filed.version()).block(WAIT);
        triage.dispatch(actors.staff(), accepted.id(), accepted.version(), UUID.fromString(id)).block(WAIT);

        api.put().uri("/v1/responders/" + id + "/active").headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.IF_MATCH, "\"1\"").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("active", false)).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:request.setup.unit.has-open-requests")
                .jsonPath("$.openRequests").isEqualTo(1)
                .jsonPath("$.detail").isEqualTo("\"接口单元 " + tag + "\" still has 1 requests in hand (counting "
                        + "resolutions the firm has not confirmed); dispatch them to another unit first.");
        send(HttpMethod.PUT, "/v1/responders/" + id, staff, Map.of("nameZh", "接口单元 " + tag, "nameEn", "API unit",
                "kind", "PROVIDER", "members", List.of(), "categories", List.of(code), "version", 1))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.kind").isEqualTo("PROVIDER").jsonPath("$.members.length()").isEqualTo(0)
                .jsonPath("$.openRequests").isEqualTo(1).jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void the_openapi_description_lists_the_setup_calls() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains("/v1/request-categories/{code}/sla/{priority}:", "/v1/responders/{id}/active:",
                "ResponderUnitInput:", "SlaTargetInput:");
    }
}
