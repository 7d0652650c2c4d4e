package org.exportalliance.portal.logistics.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ChecklistApiTest extends PortalApiTest {

    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A delegation with firm A (member) and firm B (member2) approved. */
    Delegation delegation() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(2, "12")).block();
        return d;
    }

    static Map<String, Object> item(String zh, String en, Object due) {
        return Map.of("titleZh", zh, "titleEn", en, "description", "扫描件发至协会邮箱", "dueDate", due.toString());
    }

    String addItem(Delegation d, Map<String, Object> body) {
        return created("/v1/delegations/" + d.id() + "/checklist-items", staff, body);
    }

    @Test
    void staff_keep_the_template_and_each_firm_ticks_off_its_own_list() {
        Delegation d = delegation();
        String key = "erp-checklist-" + System.nanoTime();
        Map<String, Object> passports = item("提交护照复印件", "Send passport copies", today().minusDays(1));
        var created = api.post().uri("/v1/delegations/" + d.id() + "/checklist-items")
                .headers(h -> h.setBearerAuth(staff)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(passports).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/v1/checklist-items/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = created.get("id").toString();
        assertThat(created.get("dueDate")).isEqualTo(today().minusDays(1).toString());
        // The same key again replays the answer: still one item.
        api.post().uri("/v1/delegations/" + d.id() + "/checklist-items").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(passports)
                .exchange().expectStatus().isCreated().expectBody().jsonPath("$.id").isEqualTo(id);
        String fee = addItem(d, item("缴纳团费", "Pay the delegation fee", today().plusDays(5)));

        api.get().uri("/v1/delegations/" + d.id() + "/checklist").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.view").isEqualTo("firm")
                .jsonPath("$.firmId").isEqualTo(actors.member().firmId().toString())
                .jsonPath("$.overdue").isEqualTo(1)
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].itemId").isEqualTo(id)
                .jsonPath("$.items[0].titleZh").isEqualTo("提交护照复印件")
                .jsonPath("$.items[0].state").isEqualTo("OVERDUE")
                .jsonPath("$.items[0].overdue").isEqualTo(true)
                .jsonPath("$.items[1].itemId").isEqualTo(fee)
                .jsonPath("$.items[1].state").isEqualTo("OPEN");

        api.post().uri("/v1/checklist-items/" + id + "/done").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("DONE")
                .jsonPath("$.done").isEqualTo(true)
                .jsonPath("$.doneBy").isEqualTo(actors.member().userId().toString())
                .jsonPath("$.doneAt").exists();

        api.get().uri("/v1/delegations/" + d.id() + "/checklist").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.view").isEqualTo("matrix")
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.firms.length()").isEqualTo(2)
                .jsonPath("$.firms[?(@.firmId == '" + actors.member().firmId() + "')].nameZh")
                .isEqualTo("新昌县天姥纺织机械有限公司")
                .jsonPath("$.firms[?(@.firmId == '" + actors.member().firmId() + "')].cells[0].state")
                .isEqualTo("DONE")
                .jsonPath("$.firms[?(@.firmId == '" + actors.member2().firmId() + "')].cells[0].state")
                .isEqualTo("OVERDUE");

        // Staff tick for firm B by naming it, and read firm B's list.
        api.post().uri("/v1/checklist-items/" + fee + "/done").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("firmId", actors.member2().firmId()))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("DONE");
        api.get().uri("/v1/delegations/" + d.id() + "/checklist?firmId=" + actors.member2().firmId())
                .headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.view").isEqualTo("firm")
                .jsonPath("$.items[1].state").isEqualTo("DONE");
        api.post().uri("/v1/checklist-items/" + fee + "/done").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'firmId')].code").isEqualTo("validation.required");

        api.post().uri("/v1/checklist-items/" + id + "/reopen").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("OVERDUE")
                .jsonPath("$.doneAt").doesNotExist();
    }

    @Test
    void bad_items_are_problems_naming_each_field_in_chinese_and_in_english() {
        Delegation d = delegation();
        Map<String, Object> bad = Map.of("titleZh", " ", "titleEn", "", "dueDate",
                today().minusYears(2).toString());
        api.post().uri("/v1/delegations/" + d.id() + "/checklist-items").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bad).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'titleZh')].code").isEqualTo("validation.required")
                .jsonPath("$.errors[?(@.field == 'titleZh')].message").isEqualTo("此项为必填项")
                .jsonPath("$.errors[?(@.field == 'titleEn')].message").isEqualTo("此项为必填项")
                .jsonPath("$.errors[?(@.field == 'dueDate')].code").isEqualTo("checklist.validation.due-too-early")
                .jsonPath("$.errors[?(@.field == 'dueDate')].message").isEqualTo("截止日期不能早于一年前");
        api.post().uri("/v1/delegations/" + d.id() + "/checklist-items").headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(item("退运", "Return shipment", "2030-01-01")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("dueDate")
                .jsonPath("$.errors[0].message")
                .isEqualTo("The due date cannot be more than 90 days after the fair ends");
        api.post().uri("/v1/delegations/" + d.id() + "/checklist-items").headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("titleZh", "签证", "titleEn", "Visa"))
                .exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'dueDate')].message").isEqualTo("This field is required");
        // A date that is no date is a malformed body.
        api.post().uri("/v1/delegations/" + d.id() + "/checklist-items").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item("签证", "Visa", "2026-02-30")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // Nothing was added.
        api.get().uri("/v1/delegations/" + d.id() + "/checklist").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void member2_cannot_read_or_tick_firm_a_s_list_and_firms_cannot_edit_the_template() {
        Delegation d = delegation();
        String id = addItem(d, item("签证材料", "Visa documents", today().plusDays(3)));
        String firmA = actors.member().firmId().toString();

        api.get().uri("/v1/delegations/" + d.id() + "/checklist?firmId=" + firmA)
                .headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:checklist.not-found");
        api.post().uri("/v1/checklist-items/" + id + "/done").headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("firmId", firmA)).exchange()
                .expectStatus().isNotFound();
        api.post().uri("/v1/checklist-items/" + id + "/reopen").headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("firmId", firmA)).exchange()
                .expectStatus().isNotFound();
        api.put().uri("/v1/checklist-items/" + id).headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item("x", "x", today())).exchange()
                .expectStatus().isForbidden();
        api.delete().uri("/v1/checklist-items/" + id).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isForbidden();
        api.post().uri("/v1/delegations/" + d.id() + "/checklist-items").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item("x", "x", today())).exchange()
                .expectStatus().isForbidden();
        // Firm A's tick is untouched.
        api.get().uri("/v1/delegations/" + d.id() + "/checklist").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].done").isEqualTo(false);
        // A firm that does not take part has no list and nothing to tick.
        api.get().uri("/v1/delegations/" + d.id() + "/checklist").headers(h -> h.setBearerAuth(leader)).exchange()
                .expectStatus().isNotFound();
        api.post().uri("/v1/checklist-items/" + id + "/done").headers(h -> h.setBearerAuth(leader)).exchange()
                .expectStatus().isNotFound();
        // Unknown or malformed ids name nothing.
        api.post().uri("/v1/checklist-items/not-an-id/done").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/v1/delegations/" + java.util.UUID.randomUUID() + "/checklist")
                .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isNotFound();
        api.get().uri("/v1/delegations/" + d.id() + "/checklist?firmId=firm-a")
                .headers(h -> h.setBearerAuth(staff)).exchange().expectStatus().isBadRequest();
    }

    @Test
    void staff_change_items_with_if_match_and_delete_them() {
        Delegation d = delegation();
        String id = addItem(d, item("签证材料", "Visa documents", today().plusDays(3)));
        api.put().uri("/v1/checklist-items/" + id).headers(h -> h.setBearerAuth(staff)).header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(item("签证材料", "Visa papers", today()))
                .exchange().expectStatus().isEqualTo(409);
        api.put().uri("/v1/checklist-items/" + id).headers(h -> h.setBearerAuth(staff)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("titleZh", "签证材料", "titleEn", "Visa papers", "dueDate", today().toString(),
                        "position", 3))
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.titleEn").isEqualTo("Visa papers")
                .jsonPath("$.position").isEqualTo(3);
        api.put().uri("/v1/checklist-items/" + id).headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("titleZh", "", "titleEn", "Visa"))
                .exchange().expectStatus().isBadRequest();
        api.delete().uri("/v1/checklist-items/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isNoContent();
        api.delete().uri("/v1/checklist-items/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/v1/delegations/" + d.id() + "/checklist").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void the_openapi_description_lists_every_checklist_route() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains(List.of("/v1/delegations/{id}/checklist:", "/v1/delegations/{id}/checklist-items:",
                "/v1/checklist-items/{id}:", "/v1/checklist-items/{id}/done:", "/v1/checklist-items/{id}/reopen:"));
    }
}
