package org.exportalliance.portal.firm.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class MembershipApiTest extends PortalApiTest {

    static Map<String, Object> body(String label) {
        long n = System.nanoTime();
        Map<String, Object> body = new HashMap<>(Map.of("nameZh", "接口企业" + label + n, "nameEn",
                "Api Firm " + label + " " + n, "kind", "MEMBER", "tier", "STANDARD", "city", "新昌",
                "categories", List.of("WEAVING"), "creditCode", Enrolments.code(), "contactName", "刘洋",
                "contactPhone", "0575 8612 0001", "joinedOn", "2025-01-06"));
        body.put("contactEmail", null);
        return body;
    }

    @Test
    void staff_enrol_read_edit_suspend_and_reinstate_a_firm() {
        Map<String, Object> body = body("crud");
        String location = api.post().uri("/v1/firms").header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .header("Idempotency-Key", "enrol-" + System.nanoTime())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody().jsonPath("$.creditCode").isEqualTo(body.get("creditCode"))
                .jsonPath("$.membership").isEqualTo("ACTIVE")
                .returnResult().getResponseHeaders().getLocation().toString();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String etag = api.get().uri("/v1/firms/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
        body.put("city", "嵊州");
        api.put().uri("/v1/firms/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.city").isEqualTo("嵊州");
        api.put().uri("/v1/firms/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(409);
        api.get().uri("/v1/firms/{id}/consequences", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].messageKey").isEqualTo("firm.consequence.people-signed-out");
        api.post().uri("/v1/firms/{id}/suspend", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        api.post().uri("/v1/firms/{id}/suspend", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "会费未缴")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.membership").isEqualTo("SUSPENDED");
        api.get().uri(u -> u.path("/v1/firms").queryParam("membership", "SUSPENDED").queryParam("limit", 500).build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + staff).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')].membership").isEqualTo(List.of("SUSPENDED"));
        api.post().uri("/v1/firms/{id}/reinstate", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.membership").isEqualTo("ACTIVE");
    }

    @Test
    void a_bad_entry_is_a_400_naming_each_field_and_a_taken_code_a_409() {
        Map<String, Object> nullItem = body("null");
        nullItem.put("categories", java.util.Arrays.asList("WEAVING", null));
        Map<String, Object> badCode = body("bad");
        badCode.put("creditCode", "91350100M000100Y44");
        badCode.put("categories", List.of("WEAVING", "NO_SUCH"));
        for (var bad : List.of(Map.entry(nullItem, "categories[1]"), Map.entry(badCode, "creditCode"),
                Map.entry(badCode, "categories[1]"))) {
            api.post().uri("/v1/firms").header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(bad.getKey()).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).value(text -> assertThat(text).contains("\"" + bad.getValue() + "\""));
        }
        Map<String, Object> first = body("first");
        api.post().uri("/v1/firms").header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(first).exchange().expectStatus().isCreated();
        Map<String, Object> second = body("second");
        second.put("creditCode", first.get("creditCode"));
        api.post().uri("/v1/firms").header(HttpHeaders.AUTHORIZATION, "Bearer " + staff)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(second).exchange()
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void nobody_but_staff_reads_or_changes_the_register() {
        for (String user : List.of("member", "firmadmin", "leader")) {
            String token = ApiClient.token(port, user);
            api.get().uri("/v1/firms").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().isForbidden();
            api.post().uri("/v1/firms").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body(user)).exchange()
                    .expectStatus().isForbidden();
        }
        api.get().uri("/v1/firms").exchange().expectStatus().isUnauthorized();
    }
}
