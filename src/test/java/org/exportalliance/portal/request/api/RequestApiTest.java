package org.exportalliance.portal.request.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The request API as a firm's system and the association's desk use it: filing, the steps with their versions,
 * problems on the fields, the history without internal notes for the firm, and another firm's 404.
 */
class RequestApiTest extends PortalApiTest {

    @Autowired DatabaseClient db;
    @Autowired Actors actors;

    static Map<String, Object> request(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "certification");
        body.put("title", title);
        body.put("description", "We need CE marking advice for a rapier loom.\nTwo models.");
        body.put("urgency", "high");
        return body;
    }

    @Test
    void a_request_filed_by_a_firm_is_accepted_dispatched_taken_resolved_and_confirmed_through_the_api() {
        UUID unit = unitWithTheLeader();
        String id = created("/v1/requests", member, request("CE marking " + UUID.randomUUID()));
        Map<String, Object> filed = json(api.get().uri("/v1/requests/" + id).headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\""));
        assertThat(filed).containsEntry("status", "SUBMITTED").containsEntry("category", "CERTIFICATION")
                .containsEntry("urgency", "HIGH");
        assertThat((String) filed.get("reference")).matches("QH-\\d{6}");

        Map<String, Object> accepted = step(id, "accept", staff, Map.of("version", 1));
        Map<String, Object> dispatched = step(id, "dispatch", staff,
                Map.of("version", accepted.get("version"), "unit", unit.toString()));
        assertThat(dispatched).containsEntry("status", "DISPATCHED").containsEntry("unitId", unit.toString());
        Map<String, Object> taken = step(id, "take", leader, Map.of("version", dispatched.get("version")));
        send(HttpMethod.POST, "/v1/requests/" + id + "/comments", leader, Map.of("text", "内部", "internal", true))
                .expectStatus().isOk();
        Map<String, Object> resolved = step(id, "resolve", leader,
                Map.of("version", taken.get("version"), "text", "Sent the checklist of EN ISO 12100"));
        Map<String, Object> closed = step(id, "confirm", member,
                Map.of("version", resolved.get("version"), "rating", 4, "comment", "useful"));
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("rating", 4);

        List<?> firmSees = (List<?>) json(api.get().uri("/v1/requests/" + id + "/events")
                .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isOk()).get("items");
        assertThat(field(firmSees, "kind")).doesNotContain("NOTE")
                .contains("FILED", "ACCEPTED", "DISPATCHED", "TAKEN", "RESOLVED", "CONFIRMED");
    }

    @Test
    void bad_input_is_refused_on_its_fields_and_a_stale_version_or_wrong_step_is_a_409() {
        Map<String, Object> bad = request("x");
        bad.put("category", "NOPE");
        bad.put("urgency", "soon");
        send(HttpMethod.POST, "/v1/requests", member, bad).expectStatus().isBadRequest();
        Map<String, Object> blank = request(" ");
        blank.put("description", "");
        assertThat(field((List<?>) json(send(HttpMethod.POST, "/v1/requests", member, blank)
                .expectStatus().isBadRequest()).get("errors"), "field")).contains("title", "description");
        Map<String, Object> bell = request("Bell");
        bell.put("description", "a\u0007b");
        assertThat(field((List<?>) json(send(HttpMethod.POST, "/v1/requests", member, bell)
                .expectStatus().isBadRequest()).get("errors"), "field")).containsExactly("description");

        String id = created("/v1/requests", member, request("Visa " + UUID.randomUUID()));
        step(id, "accept", staff, Map.of("version", 1));
        send(HttpMethod.POST, "/v1/requests/" + id + "/accept", staff, Map.of("version", 1))
                .expectStatus().isEqualTo(409);
        send(HttpMethod.POST, "/v1/requests/" + id + "/confirm", member, Map.of("version", 2, "rating", 5))
                .expectStatus().isEqualTo(409);
        send(HttpMethod.POST, "/v1/requests/" + id + "/accept", staff, Map.of())
                .expectStatus().isBadRequest();
        send(HttpMethod.POST, "/v1/requests/" + id + "/accept", member, Map.of("version", 2))
                .expectStatus().isForbidden();
    }

    @Test
    void another_firm_gets_a_404_and_never_finds_the_request_in_its_list() {
        String id = created("/v1/requests", member, request("Own " + UUID.randomUUID()));
        api.get().uri("/v1/requests/" + id).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        send(HttpMethod.POST, "/v1/requests/" + id + "/withdraw", member2, Map.of("version", 1))
                .expectStatus().isNotFound();
        List<?> items = (List<?>) json(api.get().uri("/v1/requests?limit=500").headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isOk()).get("items");
        assertThat(field(items, "id")).doesNotContain(id);
        List<?> categories = (List<?>) json(api.get().uri("/v1/request-categories")
                .headers(h -> h.setBearerAuth(member2)).exchange().expectStatus().isOk()).get("items");
        assertThat(field(categories, "code")).contains("LAB_TEST", "CUSTOMS");
    }

    private static List<Object> field(List<?> items, String name) {
        return items.stream().map(e -> (Object) ((Map<?, ?>) e).get(name)).toList();
    }

    @Test
    void the_dashboard_answers_each_caller_with_what_it_may_see_and_refuses_a_bad_month() {
        assertThat(json(api.get().uri("/v1/request-dashboard").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk())).containsEntry("scope", "ALL_UNITS");
        assertThat(json(api.get().uri("/v1/request-dashboard?from=2025-01&to=2026-12")
                .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isOk()))
                .containsEntry("scope", "ALLIANCE_WIDE").containsEntry("open", List.of());
        api.get().uri("/v1/request-dashboard?from=2025-13").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isBadRequest();
        byte[] xlsx = api.get().uri("/v1/request-dashboard.xlsx").headers(h -> h.setBearerAuth(leader)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
    }

    private Map<String, Object> step(String id, String step, String token, Map<String, Object> body) {
        return json(send(HttpMethod.POST, "/v1/requests/" + id + "/" + step, token, body).expectStatus().isOk());
    }

    private UUID unitWithTheLeader() {
        UUID unit = UUID.randomUUID();
        UUID leaderId = actors.of("leader").userId();
        db.sql("""
                        insert into responder_unit (id, name_zh, name_en, kind, created_at)
                        values (:id, :zh, :en, 'PROVIDER', now())""")
                .bind("id", unit).bind("zh", "认证服务 " + unit).bind("en", "Certification " + unit).then()
                .then(db.sql("insert into responder_member (unit_id, user_id) values (:unit, :user)")
                        .bind("unit", unit).bind("user", leaderId).then())
                .block();
        return unit;
    }
}
