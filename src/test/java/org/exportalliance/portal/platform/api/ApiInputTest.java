package org.exportalliance.portal.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * Input no one types is refused at the API's edge with a 400 naming the field, and never reaches PostgreSQL (issue 13,
 * defects 4, 6 and 9).
 */
@PortalTest
class ApiInputTest {

    @LocalServerPort int port;
    @Autowired DatabaseClient db;

    private WebTestClient.BodyContentSpec post(String uri, Object body) {
        return ApiClient.on(port).post().uri(uri).headers(h -> h.setBearerAuth(ApiClient.token(port, "staff")))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(ApiProblems.PROBLEM_JSON)
                .expectBody();
    }

    private static Map<String, Object> fair(String nameZh) {
        Map<String, Object> fair = new HashMap<>(Map.of("nameZh", nameZh, "nameEn", "Control Expo", "city", "Dubai",
                "country", "AE", "venue", "DWTC", "startDate", "2031-05-01", "endDate", "2031-05-04"));
        fair.put("sectors", List.of("WEAVING"));
        return fair;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\ud800"})
    void a_control_character_in_any_text_is_a_400_naming_the_field(String control) {
        post("/v1/fairs", fair("控制字符展" + control + "会"))
                .jsonPath("$.errors[0].field").isEqualTo("nameZh")
                .jsonPath("$.errors[0].code").isEqualTo("validation.control-characters");
    }

    @Test
    void a_control_character_deep_in_a_list_is_named_by_its_path() {
        Map<String, Object> fair = fair("正常展会");
        fair.put("sectors", List.of("WEAVING", "KNIT\u0000TING"));
        post("/v1/fairs", fair).jsonPath("$.errors[0].field").isEqualTo("sectors[1]");
    }

    @Test
    void a_null_item_in_a_list_is_a_400_naming_it() {
        post("/v1/leads/" + UUID.randomUUID() + "/claims", "{\"categories\":[null]}")
                .jsonPath("$.errors[0].field").isEqualTo("categories[0]")
                .jsonPath("$.errors[0].code").isEqualTo("validation.null-item")
                .jsonPath("$.errors[0].message").isEqualTo("must not contain empty items");
        Map<String, Object> fair = fair("空项展会");
        fair.put("sectors", java.util.Arrays.asList("WEAVING", null));
        post("/v1/fairs", fair).jsonPath("$.errors[0].field").isEqualTo("sectors[1]");
    }

    @Test
    void a_number_no_field_could_hold_is_refused_before_anything_formats_it() {
        post("/v1/delegations", "{\"fairId\":\"" + UUID.randomUUID() + "\",\"areaM2\":1e999999999}")
                .jsonPath("$.errors[0].field").isEqualTo("areaM2")
                .jsonPath("$.errors[0].code").isEqualTo("validation.too-large");
    }

    @Test
    void a_control_character_in_a_query_parameter_is_a_400_naming_it() {
        ApiClient.on(port).get().uri(u -> u.path("/v1/fairs").queryParam("q", "{q}").build("tex\u0000tile"))
                .headers(h -> h.setBearerAuth(ApiClient.token(port, "staff")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(ApiProblems.PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eap_€", "eap_é", "令牌", "eap_\u00a0x"})
    void a_bearer_token_with_non_ascii_characters_is_a_401_problem(String token) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + new String(token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("urn:export-alliance:problem:unauthorized");
    }

    @Test
    void a_request_the_firewall_refuses_is_still_answered_with_problem_details() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/fairs/%2e%2e%2fsecret"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("malformed-request");
    }

    @Test
    void an_overlong_request_target_is_refused_with_414_problem_details() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/fairs?q=" + "%E5%90%8D".repeat(2_000)))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(414);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void no_text_with_a_nul_reaches_postgresql_whatever_path_it_came_by() {
        db.sql("select :text as t").bind("text", "a\u0000b").fetch().one()
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(InvalidInput.class))
                .verify(Duration.ofSeconds(10));
        db.sql("select :text as t").bind("text", "两行\n\t文字").map(r -> r.get("t", String.class)).one()
                .as(StepVerifier::create).expectNext("两行\n\t文字").verifyComplete();
    }
}
