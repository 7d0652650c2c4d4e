package org.exportalliance.portal.delegation.pavilion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class PavilionApiTest extends PortalApiTest {

    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired FirmService firms;
    @Autowired PavilionService pavilion;
    @Autowired Actors actors;

    /** Firm A (member) and firm B (member2) approved. */
    private Delegation withTwoFirms() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(2, "12")).block();
        return d;
    }

    private DelegationApplication applicationOf(Actor firm, Delegation d) {
        return delegations.applications(firm, d.id()).blockFirst();
    }

    private WebTestClient.ResponseSpec post(String token, Delegation d, Object body, String language) {
        return api.post().uri("/v1/delegations/" + d.id() + "/booths").headers(h -> h.setBearerAuth(token))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec put(String token, String boothId, Long version, Map<String, Object> body,
            String language) {
        return api.put().uri("/v1/booths/" + boothId).headers(h -> {
                    h.setBearerAuth(token);
                    if (version != null) {
                        h.setIfMatch("\"" + version + "\"");
                    }
                })
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static Map<String, Object> booth(String label, Object area, int row, int column) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("areaM2", area);
        body.put("row", row);
        body.put("column", column);
        return body;
    }

    @Test
    void staff_lay_out_assign_and_remove_booths_through_the_api() {
        Delegation d = withTwoFirms();
        String key = "erp-booth-" + System.nanoTime();
        Map<String, Object> a01 = booth("A01", "9", 0, 0);
        a01.put("note", "角位");
        @SuppressWarnings("unchecked")
        Map<String, Object> created = api.post().uri("/v1/delegations/" + d.id() + "/booths")
                .headers(h -> h.setBearerAuth(staff)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(a01).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/booths/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(created).containsEntry("label", "A01").containsEntry("taken", false).containsEntry("note", "角位");
        String id = created.get("id").toString();
        // The same key again replays the answer and adds nothing.
        api.post().uri("/v1/delegations/" + d.id() + "/booths").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(a01).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(id);
        // A row: B01 … B04.
        post(staff, d, Map.of("prefix", "B", "from", 1, "to", 4, "areaM2", 12, "row", 1), "zh-CN")
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.items.length()").isEqualTo(4)
                .jsonPath("$.items[3].label").isEqualTo("B04")
                .jsonPath("$.items[3].column").isEqualTo(3);

        String firmA = applicationOf(actors.member(), d).id().toString();
        Map<String, Object> assign = booth("A01", "9", 0, 0);
        assign.put("note", "角位");
        assign.put("applicationId", firmA);
        put(staff, id, 0L, assign, "en").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.taken").isEqualTo(true)
                .jsonPath("$.applicationId").isEqualTo(firmA)
                .jsonPath("$.firm.id").isEqualTo(actors.member().firmId().toString());
        api.get().uri("/v1/delegations/" + d.id() + "/booths").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(5)
                .jsonPath("$.items[0].firm.id").isEqualTo(actors.member().firmId().toString())
                .jsonPath("$.firms.length()").isEqualTo(2)
                .jsonPath("$.firms[?(@.applicationId == '" + firmA + "')].fit").isEqualTo(List.of("UNDER"));

        // Assigned: cannot be removed. Freed (applicationId null): removed.
        api.delete().uri("/v1/booths/" + id).headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:pavilion.booth-assigned")
                .jsonPath("$.detail").isEqualTo("Booth A01 is assigned to a firm; unassign it before removing it.");
        assign.put("applicationId", null);
        put(staff, id, 1L, assign, "en").expectStatus().isOk().expectBody().jsonPath("$.taken").isEqualTo(false);
        api.delete().uri("/v1/booths/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isNoContent();
        api.delete().uri("/v1/booths/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void bad_booths_get_problems_in_the_callers_language_and_change_nothing() {
        Delegation d = withTwoFirms();
        post(staff, d, booth("A01", 0, 0, 0), "zh-CN").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:invalid-input")
                .jsonPath("$.errors[0].field").isEqualTo("areaM2")
                .jsonPath("$.errors[0].message").isEqualTo("必须大于 0");
        post(staff, d, booth("A 01", "-4", -1, 0), "en").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'areaM2')].message").isEqualTo(List.of("Must be greater than 0"))
                .jsonPath("$.errors[?(@.field == 'label')].message")
                .isEqualTo(List.of("1–12 letters, digits or dashes, e.g. A01"))
                .jsonPath("$.errors[?(@.field == 'row')].message").isEqualTo(List.of("From 0 to 99"));
        post(staff, d, Map.of("prefix", "C", "from", 5, "to", 1, "areaM2", 9, "row", 2), "en")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to")
                .jsonPath("$.errors[0].message").isEqualTo("The last number cannot be below the first");
        assertThat(pavilion.booths(actors.staff(), d.id()).count().block()).isZero();

        post(staff, d, booth("A01", 9, 0, 0), "en").expectStatus().isCreated();
        post(staff, d, booth("a01", 9, 0, 5), "en").expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:pavilion.number-taken")
                .jsonPath("$.detail").isEqualTo("This delegation already has booth A01; choose another number.");
        post(staff, d, booth("A02", 9, 0, 0), "zh-CN").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("第 0 行第 0 列已有展位。");
        post(staff, d, Map.of("prefix", "A", "from", 1, "to", 3, "areaM2", 9, "row", 3), "zh-CN")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("本展团已有展位号 A01，请换一个编号。");
        assertThat(pavilion.booths(actors.staff(), d.id()).map(Booth::label).collectList().block())
                .containsExactly("A01");
    }

    @Test
    void an_assignment_must_name_an_approved_application_of_the_delegation_and_the_version_read() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 1, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        DelegationApplication waitlisted = delegations.apply(actors.member2(), d.id(),
                Delegations.application(2, "12")).block();
        Delegation elsewhere = withTwoFirms();
        Booth booth = pavilion.add(actors.staff(), d.id(), new BoothDraft("A01", new java.math.BigDecimal("9"), 0, 0,
                null)).block();
        String id = booth.id().toString();
        Map<String, Object> body = booth("A01", 9, 0, 0);

        body.put("applicationId", waitlisted.id().toString());
        put(staff, id, 0L, body, "en").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:pavilion.assignee-not-approved")
                .jsonPath("$.detail").isEqualTo("Booths go only to firms whose application is approved (or whose "
                        + "offered place is accepted).");
        body.put("applicationId", applicationOf(actors.member2(), elsewhere).id().toString());
        put(staff, id, 0L, body, "zh-CN").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("该报名不属于本展团，不能分配本展团的展位。");
        body.put("applicationId", applicationOf(actors.member(), d).id().toString());
        put(staff, id, null, body, "en").expectStatus().isEqualTo(428)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:pavilion.if-match-required");
        put(staff, id, 7L, body, "en").expectStatus().isEqualTo(409);
        body.put("areaM2", 0);
        put(staff, id, 0L, body, "en").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("areaM2");
        assertThat(pavilion.booths(actors.staff(), d.id()).blockFirst()).isEqualTo(booth);

        body.put("areaM2", 9);
        put(staff, id, 0L, body, "en").expectStatus().isOk();
        // A second assignment from the same (now stale) version is refused clearly.
        body.put("applicationId", applicationOf(actors.member2(), elsewhere).id().toString());
        put(staff, id, 0L, body, "en").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:pavilion.taken-meanwhile");
        put(staff, "not-a-booth", 0L, body, "en").expectStatus().isNotFound();
    }

    @Test
    void member2_sees_the_layout_but_no_firm_name_but_its_own_and_changes_nothing() {
        Delegation d = withTwoFirms();
        List<Booth> booths = pavilion.addSeries(actors.staff(), d.id(), new BoothSeries("A", 1, 3,
                new java.math.BigDecimal("9"), 0, 0)).block();
        DelegationApplication firmA = applicationOf(actors.member(), d);
        pavilion.edit(actors.staff(), booths.get(0).id(), 0, new BoothDraft("A01", new java.math.BigDecimal("9"), 0,
                0, "天姥纺机要求靠近通道")).block();
        pavilion.assign(actors.staff(), booths.get(0).id(), 1, firmA.id()).block();
        pavilion.assign(actors.staff(), booths.get(1).id(), 0, applicationOf(actors.member2(), d).id()).block();
        Firm a = firms.firmOf(actors.member()).block();
        Firm b = firms.firmOf(actors.member2()).block();

        String seen = api.get().uri("/v1/delegations/" + d.id() + "/booths").headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(3)
                .jsonPath("$.items[0].taken").isEqualTo(true)
                .jsonPath("$.items[0].firm").doesNotExist()
                .jsonPath("$.items[0].applicationId").doesNotExist()
                .jsonPath("$.items[1].firm.nameZh").isEqualTo(b.nameZh())
                .jsonPath("$.items[2].taken").isEqualTo(false)
                .jsonPath("$.firms.length()").isEqualTo(1)
                .jsonPath("$.firms[0].firm.id").isEqualTo(b.id().toString())
                .returnResult().toString();
        assertThat(seen).doesNotContain(a.nameZh(), a.nameEn(), a.id().toString(), firmA.id().toString(),
                "天姥纺机要求靠近通道");

        String boothA = booths.get(0).id().toString();
        Map<String, Object> grab = booth("A01", 9, 0, 0);
        grab.put("applicationId", applicationOf(actors.member2(), d).id().toString());
        put(member2, boothA, 2L, grab, "en").expectStatus().isForbidden();
        api.delete().uri("/v1/booths/" + booths.get(2).id()).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isForbidden();
        post(member2, d, booth("Z1", 9, 5, 5), "en").expectStatus().isForbidden();
        assertThat(pavilion.booths(actors.staff(), d.id()).collectList().block())
                .extracting(x -> x.assignee() == null ? null : x.assignee().firmId())
                .containsExactly(a.id(), b.id(), null);
    }

    @Test
    void the_openapi_description_lists_the_pavilion_calls() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains("/v1/delegations/{id}/booths:", "/v1/booths/{id}:", "    delete:");
    }
}
