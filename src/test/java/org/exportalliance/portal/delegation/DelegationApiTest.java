package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Fairs;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class DelegationApiTest extends PortalApiTest {

    @Autowired FairService fairs;
    @Autowired Actors actors;

    String openDelegation(int slots) {
        var fair = fairs.create(actors.staff(), Fairs.draft()).block();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = Map.ofEntries(Map.entry("fairId", fair.id()),
                Map.entry("titleZh", "新昌纺机展团"), Map.entry("titleEn", "Xinchang pavilion"),
                Map.entry("organiser", "新昌县纺织机械行业协会"),
                Map.entry("applicationsOpen", now.minusSeconds(3600).toString()),
                Map.entry("applicationsClose", now.plusSeconds(86400 * 20).toString()),
                Map.entry("firmSlots", slots), Map.entry("areaM2", 200), Map.entry("seats", 40),
                Map.entry("policy", "FIFO"), Map.entry("feePerFirmCny", "8000.00"));
        String id = created("/v1/delegations", staff, body);
        api.post().uri("/v1/delegations/" + id + "/status").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "OPEN")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("OPEN");
        return id;
    }

    static Map<String, Object> application(int travellers, String area) {
        return Map.of("travellers", travellers, "areaM2", area, "notes", "两台剑杆织机",
                "exhibits", List.of(Map.of("machine", "剑杆织机 RF-9000", "weightKg", "4200", "volumeM3", "18.5")));
    }

    @Test
    void a_member_applies_and_sees_the_decision_and_the_remaining_capacity() {
        String id = openDelegation(10);
        String key = "erp-apply-" + System.nanoTime();
        String first = api.post().uri("/v1/delegations/" + id + "/applications").headers(h -> h.setBearerAuth(member))
                .header("Idempotency-Key", key).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(application(2, "18")).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("APPROVED")
                .jsonPath("$.decisionReasonText").value(t -> assertThat(t.toString()).startsWith("First come"))
                .jsonPath("$.exhibits[0].machine").isEqualTo("剑杆织机 RF-9000")
                .returnResult().toString();
        api.post().uri("/v1/delegations/" + id + "/applications").headers(h -> h.setBearerAuth(member))
                .header("Idempotency-Key", key).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(application(2, "18")).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true");
        assertThat(first).isNotEmpty();
        api.get().uri("/v1/delegations/" + id).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.remaining.firmSlots").isEqualTo(9)
                .jsonPath("$.remaining.areaM2").isEqualTo(182.0)
                .jsonPath("$.remaining.seats").isEqualTo(38);
        api.post().uri("/v1/delegations/" + id + "/applications").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(application(1, "9")).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:delegation.already-applied");
    }

    @Test
    void member2_cannot_read_or_change_firm_as_application() {
        String id = openDelegation(10);
        String mine = created("/v1/delegations/" + id + "/applications", member, application(1, "9"));
        api.get().uri("/v1/delegations/" + id + "/applications").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        api.get().uri("/v1/applications/" + mine).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        api.post().uri("/v1/applications/" + mine + "/withdraw").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        api.post().uri("/v1/applications/" + mine + "/decision").headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("decision", "REJECT", "reason", "x"))
                .exchange().expectStatus().isForbidden();
        api.post().uri("/v1/delegations/" + id + "/status").headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "CLOSED")).exchange()
                .expectStatus().isForbidden();
        api.get().uri("/v1/applications/" + mine).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
        api.get().uri("/v1/delegations/" + id + "/applications").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);
        api.post().uri("/v1/applications/" + mine + "/withdraw").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
    }

    @Test
    void bad_applications_get_problems_naming_the_fields() {
        String id = openDelegation(10);
        api.post().uri("/v1/delegations/" + id + "/applications").headers(h -> h.setBearerAuth(member2))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("travellers", 0, "areaM2", "-3", "exhibits",
                        List.of(Map.of("machine", "", "weightKg", "1", "volumeM3", "1"))))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'travellers')].message").isEqualTo("Must be greater than 0")
                .jsonPath("$.errors[?(@.field == 'areaM2')]").exists()
                .jsonPath("$.errors[?(@.field == 'exhibits[0].machine')]").exists();
        api.post().uri("/v1/delegations/" + id + "/applications").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(application(1, "9")).exchange()
                .expectStatus().isForbidden();
        api.post().uri("/v1/delegations/not-a-uuid/applications").headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(application(1, "9")).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void only_staff_create_delegations_and_bad_ones_are_refused_by_field() {
        api.post().uri("/v1/delegations").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("titleZh", "x")).exchange()
                .expectStatus().isForbidden();
        api.post().uri("/v1/delegations").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("titleZh", "x", "firmSlots", -1, "applicationsOpen", "2027-01-02T00:00:00Z",
                        "applicationsClose", "2027-01-01T00:00:00Z"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'fairId')]").exists()
                .jsonPath("$.errors[?(@.field == 'firmSlots')].code").isEqualTo("validation.positive")
                .jsonPath("$.errors[?(@.field == 'applicationsClose')].code").isEqualTo("delegation.validation.window");
    }

    private Map<String, Object> delegation(String id) {
        return api.get().uri("/v1/delegations/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody(new org.springframework.core.ParameterizedTypeReference<
                        Map<String, Object>>() {}).returnResult().getResponseBody();
    }

    @Test
    void capacity_beyond_the_schemas_bounds_is_a_problem_naming_the_field_and_changes_nothing() {
        String id = openDelegation(10);
        record Case(Map<String, Object> body, String field, String code) {}
        List<Case> cases = List.of(
                new Case(Map.of("firmSlots", 10_001, "areaM2", 200, "seats", 40), "firmSlots", "validation.too-large"),
                new Case(Map.of("firmSlots", 10, "areaM2", 100_001, "seats", 40), "areaM2", "validation.too-large"),
                new Case(Map.of("firmSlots", 10, "areaM2", new java.math.BigDecimal("100.05"), "seats", 40), "areaM2",
                        "validation.decimals.1"),
                new Case(Map.of("firmSlots", 10, "areaM2", 200, "seats", 100_001), "seats", "validation.too-large"),
                new Case(Map.of("firmSlots", 0, "areaM2", 200, "seats", 40), "firmSlots", "validation.positive"),
                new Case(Map.of("areaM2", 200, "seats", 40), "firmSlots", "validation.required"));
        for (Case c : cases) {
            api.put().uri("/v1/delegations/" + id + "/capacity").headers(h -> h.setBearerAuth(staff))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(c.body()).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo(c.field())
                    .jsonPath("$.errors[0].code").isEqualTo(c.code());
        }
        assertThat(delegation(id).get("capacity")).isEqualTo(Map.of("firmSlots", 10, "areaM2", 200.0, "seats", 40));

        api.put().uri("/v1/delegations/" + id + "/capacity").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("firmSlots", 10_000, "areaM2", new java.math.BigDecimal("100000.0"), "seats", 100_000))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.capacity.areaM2").isEqualTo(100000.0);
    }

    @Test
    void a_delegations_cost_items_are_for_staff_and_the_firms_taking_part_only() {
        String id = openDelegation(10);
        api.post().uri("/v1/delegations/" + id + "/cost-items").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "BOOTH_RENT", "description", "光地租金", "amountCny", "120000.00",
                        "rule", "BY_AREA"))
                .exchange().expectStatus().isCreated();
        api.post().uri("/v1/delegations/" + id + "/applications").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(application(1, "9")).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("APPROVED");

        api.get().uri("/v1/delegations/" + id + "/cost-items").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:ledger.not-found");
        api.get().uri("/v1/delegations/" + id + "/cost-items").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].description").isEqualTo("光地租金");
        api.get().uri("/v1/delegations/" + id + "/cost-items").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void cancelling_takes_a_reason_the_firms_read_and_then_withdrawing_is_refused() {
        String id = openDelegation(10);
        String mine = created("/v1/delegations/" + id + "/applications", member, application(1, "9"));

        api.post().uri("/v1/delegations/" + id + "/status").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "CANCELLED")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason")
                .jsonPath("$.errors[0].code").isEqualTo("validation.required");
        assertThat(delegation(id).get("status")).isEqualTo("OPEN");

        api.post().uri("/v1/delegations/" + id + "/status").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "CANCELLED", "reason", "主办方取消了本届展会")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.cancelReason").isEqualTo("主办方取消了本届展会");
        api.get().uri("/v1/delegations/" + id).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.cancelReason").isEqualTo("主办方取消了本届展会");

        api.post().uri("/v1/applications/" + mine + "/withdraw").headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:delegation.cancelled")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("主办方取消了本届展会"));
        api.get().uri("/v1/applications/" + mine).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("APPROVED");
    }
}
