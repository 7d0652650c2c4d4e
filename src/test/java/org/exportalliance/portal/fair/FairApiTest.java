package org.exportalliance.portal.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class FairApiTest extends PortalApiTest {

    static Map<String, Object> body(String nameEn) {
        return Map.of("nameZh", "测试展 " + nameEn, "nameEn", nameEn, "city", "Dubai", "country", "AE",
                "venue", "DWTC", "startDate", "2027-05-01", "endDate", "2027-05-04",
                "sectors", List.of("WEAVING", "NONWOVENS"));
    }

    static String unique(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    @Test
    void without_a_token_the_api_answers_401_problem_json() {
        api.get().uri("/v1/fairs").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.detail").isNotEmpty();
        api.get().uri("/v1/fairs").header(HttpHeaders.AUTHORIZATION, "Bearer eap_forged").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void wrong_credentials_get_no_token() {
        api.post().uri("/v1/tokens").headers(h -> h.setBasicAuth("staff", "wrong")).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void repeated_wrong_passwords_are_answered_with_429() {
        String name = "guess" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            api.post().uri("/v1/tokens").headers(h -> h.setBasicAuth(name, "wrong")).exchange()
                    .expectStatus().isUnauthorized();
        }
        api.post().uri("/v1/tokens").headers(h -> h.setBasicAuth(name, "wrong")).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:too-many-attempts");
    }

    @Test
    void me_names_the_user_their_firm_and_roles() {
        api.get().uri("/v1/me").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("member")
                .jsonPath("$.roles[0]").isEqualTo("MEMBER")
                .jsonPath("$.firm.nameEn").isEqualTo("Xinchang Tianmu Textile Machinery Co., Ltd.");
    }

    @Test
    void staff_create_a_fair_and_members_read_it() {
        String name = unique("API Expo");
        String location = api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body(name)).exchange()
                .expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody().jsonPath("$.nameEn").isEqualTo(name).jsonPath("$.status").isEqualTo("SCHEDULED")
                .returnResult().getResponseHeaders().getLocation().toString();
        assertThat(location).startsWith("/api/v1/fairs/");
        api.get().uri(location.substring("/api".length())).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody().jsonPath("$.nameEn").isEqualTo(name).jsonPath("$.sectors.length()").isEqualTo(2);
    }

    @Test
    void a_member_gets_403_problem_for_writes() {
        api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body(unique("Member Expo"))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:not-permitted");
    }

    @Test
    void an_invalid_body_gets_400_naming_each_field_in_the_callers_language() {
        api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("nameZh", "x", "startDate", "2027-05-04", "endDate", "2027-05-01",
                        "country", "ZZ", "sectors", List.of()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'nameEn')].message").isEqualTo("This field is required")
                .jsonPath("$.errors[?(@.field == 'country')].code").isEqualTo("validation.country")
                .jsonPath("$.errors[?(@.field == 'endDate')].code").isEqualTo("fair.validation.end-before-start")
                .jsonPath("$.errors[?(@.field == 'sectors')]").exists();
        api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("nameZh", "x"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("提交的内容有误，请检查标注的字段。");
    }

    @Test
    void unreadable_json_gets_400_naming_the_field_and_no_internals() {
        api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"startDate\":\"2027-02-30\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("startDate")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).doesNotContain("java", "Jackson"));
        api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{not json").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"sectors\":[\"LOOMS\"]}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sectors[0]");
    }

    @Test
    void a_repeated_post_with_the_same_idempotency_key_is_stored_once() {
        String name = unique("Idempotent Expo");
        String key = "erp-" + System.nanoTime();
        String first = api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body(name))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        String second = api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body(name))
                .exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(second).isEqualTo(first);
        api.get().uri(u -> u.path("/v1/fairs").queryParam("q", name).build()).headers(h -> h.setBearerAuth(staff))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);
        api.post().uri("/v1/fairs").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body(name + " changed")).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void cursor_pagination_walks_every_fair_once_in_start_date_order() {
        List<String> seen = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String c = cursor;
            Map<?, ?> page = api.get().uri(u -> {
                        u.path("/v1/fairs").queryParam("limit", 3);
                        if (c != null) {
                            u.queryParam("cursor", c);
                        }
                        return u.build();
                    }).headers(h -> h.setBearerAuth(member)).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            for (Object item : (List<?>) page.get("items")) {
                seen.add((String) ((Map<?, ?>) item).get("id"));
                dates.add((String) ((Map<?, ?>) item).get("startDate"));
            }
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(10);
        assertThat(dates).isSorted();
        assertThat(pages).isGreaterThan(3);
    }

    @Test
    void bad_query_parameters_get_400_naming_the_parameter() {
        api.get().uri("/v1/fairs?limit=0").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        api.get().uri("/v1/fairs?limit=501").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isBadRequest();
        api.get().uri("/v1/fairs?limit=500").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk();
        api.get().uri("/v1/fairs?cursor=%%%").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isBadRequest();
        api.get().uri("/v1/fairs?sector=LOOMS").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("sector");
    }

    @Test
    void unknown_fairs_and_routes_are_404_problems() {
        api.get().uri("/v1/fairs/00000000-0000-0000-0000-000000000000").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.get().uri("/v1/fairs/not-a-uuid").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isNotFound();
        api.get().uri("/v1/nothing-here").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_put_with_a_stale_if_match_is_refused_with_409() {
        String name = unique("Versioned Expo");
        String id = created("/v1/fairs", staff, body(name));
        api.put().uri("/v1/fairs/" + id).headers(h -> h.setBearerAuth(staff)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body(name + " v2")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.nameEn").isEqualTo(name + " v2");
        api.put().uri("/v1/fairs/" + id).headers(h -> h.setBearerAuth(staff)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body(name + " v3")).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:changed-concurrently");
    }

    @Test
    void a_revoked_token_no_longer_works() {
        Map<?, ?> issued = api.post().uri("/v1/tokens").headers(h -> h.setBasicAuth("member2", "demo1234"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String token = (String) issued.get("token");
        api.get().uri("/v1/me").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
        api.delete().uri("/v1/tokens/" + issued.get("id")).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isNotFound();
        api.delete().uri("/v1/tokens/" + issued.get("id")).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNoContent();
        api.get().uri("/v1/me").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void the_openapi_description_is_public_and_describes_every_route() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains("openapi: 3.1.0", "/v1/tokens:", "/v1/tokens/{id}:", "/v1/me:", "/v1/fairs:",
                "/v1/fairs/{id}:", "/v1/fairs/{id}/cancel:", "/v1/delegations:", "/v1/delegations/{id}:",
                "/v1/delegations/{id}/status:", "/v1/delegations/{id}/applications:", "/v1/applications/{id}:",
                "/v1/applications/{id}/withdraw:", "/v1/applications/{id}/accept:", "/v1/applications/{id}/score:",
                "/v1/delegations/{id}/quotas:", "/v1/delegations/{id}/allocate:", "/v1/delegations/{id}/capacity:",
                "/v1/delegations/{id}/cost-items:", "/v1/delegations/{id}/statement:", "/v1/delegations/{id}/statements:",
                "/v1/applications/{id}/decision:");
    }

    @Test
    void api_metrics_carry_the_route_template_never_unknown() {
        api.get().uri("/v1/fairs/00000000-0000-0000-0000-000000000001").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isNotFound();
        api.get().uri("/v1/me").exchange().expectStatus().isUnauthorized();
        String metrics = ApiClient.metrics(port);
        List<String> apiLines = metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count"))
                .filter(l -> l.contains("uri=\"/api")).toList();
        assertThat(apiLines).anyMatch(l -> l.contains("uri=\"/api/v1/fairs/{id}\"") && l.contains("status=\"404\""));
        assertThat(apiLines).anyMatch(l -> l.contains("uri=\"/api/v1/me\"") && l.contains("status=\"401\""));
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .noneMatch(l -> l.contains("uri=\"UNKNOWN\""));
        assertThat(metrics).contains("portal_fair_creations_total", "portal_live_subscribers");
    }
}
