package org.exportalliance.portal.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
import org.springframework.test.web.reactive.server.WebTestClient;

/** The itinerary and shipping API: JSON, the .ics download, problems in both languages, and firm scoping. */
class LogisticsApiTest extends PortalApiTest {

    @Autowired FairService fairs;
    @Autowired DelegationService delegations;
    @Autowired Actors actors;

    /** An open delegation where firm A and firm B are approved, each with one exhibit. */
    String delegation() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(2, "12")).block();
        return d.id().toString();
    }

    static Map<String, Object> flight() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "FLIGHT");
        body.put("title", "MU563 上海浦东 PVG → 新德里 DEL");
        body.put("start", "2026-12-06T10:15");
        body.put("timeZone", "Asia/Shanghai");
        body.put("end", "2026-12-06T15:10");
        body.put("endTimeZone", "Asia/Kolkata");
        body.put("location", "上海浦东国际机场 T1");
        body.put("details", "订座编号 HK7Q2M");
        return body;
    }

    static Map<String, Object> meeting(String title) {
        return Map.of("kind", "MEETING", "title", title, "start", "2026-12-09T14:00", "timeZone", "Asia/Kolkata",
                "end", "2026-12-09T15:00", "location", "展位洽谈区");
    }

    WebTestClient.ResponseSpec post(String uri, String token, Object body, String language) {
        return api.post().uri(uri).headers(h -> h.setBearerAuth(token)).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String uri, String token) {
        Map<String, Object> body = api.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) body.get("items");
    }

    @Test
    void staff_add_an_item_once_per_idempotency_key_and_firms_read_and_download_it() {
        String d = delegation();
        String key = "itinerary-" + System.nanoTime();
        Map<?, ?> created = api.post().uri("/v1/delegations/" + d + "/itinerary").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(flight()).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/itinerary-items/.*")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(created.get("startsAt")).isEqualTo("2026-12-06T02:15:00Z");
        assertThat(created.get("endsAt")).isEqualTo("2026-12-06T09:40:00Z");
        assertThat(created.get("endTimeZone")).isEqualTo("Asia/Kolkata");
        assertThat(created.get("firmId")).isNull();
        assertThat(created.get("editable")).isEqualTo(true);
        String id = created.get("id").toString();
        api.post().uri("/v1/delegations/" + d + "/itinerary").headers(h -> h.setBearerAuth(staff))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(flight()).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(id);
        assertThat(items("/v1/delegations/" + d + "/itinerary", member)).singleElement()
                .satisfies(i -> {
                    assertThat(i.get("id")).isEqualTo(id);
                    assertThat(i.get("start")).isEqualTo("2026-12-06T10:15:00");
                    assertThat(i.get("editable")).isEqualTo(false);
                });

        var download = api.get().uri("/v1/delegations/" + d + "/itinerary.ics?lang=en")
                .headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/calendar")
                .expectBody(byte[].class).returnResult();
        assertThat(download.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").contains("filename*=UTF-8''itinerary-Test%20delegation.ics");
        String ics = new String(download.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:PUBLISH", "UID:" + id + "@",
                "SUMMARY:Flight: MU563", "DTSTART;TZID=Asia/Shanghai:20261206T101500",
                "DTEND;TZID=Asia/Kolkata:20261206T151000");
        String zh = api.get().uri("/v1/delegations/" + d + "/itinerary.ics?lang=zh-CN")
                .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(zh).contains("SUMMARY:航班：MU563");
        api.get().uri("/v1/delegations/" + d + "/itinerary.ics?lang=fr").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void the_keeper_changes_and_removes_an_item_and_a_stale_if_match_is_a_conflict() {
        String d = delegation();
        String id = post("/v1/delegations/" + d + "/itinerary", member, meeting("与采购商会谈"), "zh-CN")
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
        api.put().uri("/v1/itinerary-items/" + id).headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(meeting("与采购商会谈（14:00）")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.title").isEqualTo("与采购商会谈（14:00）");
        api.put().uri("/v1/itinerary-items/" + id).headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.IF_MATCH, "\"0\"")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(meeting("again")).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // Staff see the firm's item but do not keep it.
        api.delete().uri("/v1/itinerary-items/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:itinerary.not-owner");
        api.delete().uri("/v1/itinerary-items/" + id).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isNoContent();
        api.get().uri("/v1/itinerary-items/" + id).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void bad_items_get_problems_naming_the_fields_in_chinese_and_english() {
        String d = delegation();
        Map<String, Object> endBeforeStart = new HashMap<>(meeting("晚宴"));
        endBeforeStart.put("end", "2026-12-09T13:00");
        post("/v1/delegations/" + d + "/itinerary", staff, endBeforeStart, "zh-CN")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("提交的内容有误，请检查标注的字段。")
                .jsonPath("$.errors[0].field").isEqualTo("end")
                .jsonPath("$.errors[0].message").isEqualTo("结束时间不能早于开始时间");
        post("/v1/delegations/" + d + "/itinerary", staff, endBeforeStart, "en")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").isEqualTo("The end cannot be before the start");

        Map<String, Object> unknownZone = new HashMap<>(flight());
        unknownZone.put("timeZone", "Mars/Olympus_Mons");
        unknownZone.put("endTimeZone", "UTC+5:30");
        post("/v1/delegations/" + d + "/itinerary", staff, unknownZone, "zh-CN")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'timeZone')].message").isEqualTo("请选择有效的时区（如 Asia/Shanghai）")
                .jsonPath("$.errors[?(@.field == 'endTimeZone')].code").isEqualTo("itinerary.validation.time-zone");
        post("/v1/delegations/" + d + "/itinerary", staff, unknownZone, "en")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'timeZone')].message")
                .isEqualTo("Choose a valid time zone (such as Asia/Shanghai)");
        post("/v1/delegations/" + d + "/itinerary", staff, Map.of("kind", "SPACESHIP"), "en")
                .expectStatus().isBadRequest();
        assertThat(items("/v1/delegations/" + d + "/itinerary", staff)).isEmpty();
    }

    @Test
    void milestones_are_recorded_in_order_and_a_skipped_one_is_a_conflict_in_both_languages() {
        String d = delegation();
        List<Map<String, Object>> mine = items("/v1/delegations/" + d + "/shipments", member);
        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.get("machine")).isEqualTo("高速剑杆织机 RF-9000");
            assertThat(s.get("next")).isEqualTo("BOOKED");
        });
        String exhibit = mine.getFirst().get("exhibitId").toString();
        String uri = "/v1/exhibits/" + exhibit + "/milestones";
        post(uri, member, Map.of("milestone", "CUSTOMS_CLEARED"), "zh-CN")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:shipping.out-of-order")
                .jsonPath("$.detail").value(t -> assertThat(t.toString()).startsWith("运输节点须按顺序逐一记录"));
        post(uri, member, Map.of("milestone", "CUSTOMS_CLEARED"), "en")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail")
                .value(t -> assertThat(t.toString()).startsWith("Milestones are recorded one at a time"));
        post(uri, member, Map.of("milestone", "BOOKED", "reference", "COSCO 6284417350"), "zh-CN")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.stage").isEqualTo("BOOKED")
                .jsonPath("$.next").isEqualTo("AT_PORT")
                .jsonPath("$.milestones[0].reference").isEqualTo("COSCO 6284417350");
        post(uri, staff, Map.of("milestone", "AT_PORT"), "zh-CN").expectStatus().isCreated();
        post(uri, staff, Map.of("milestone", "AT_PORT"), "zh-CN").expectStatus().isEqualTo(409);
        post(uri, staff, Map.of("reference", "no milestone"), "en")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("milestone");
        assertThat(items("/v1/delegations/" + d + "/shipments", staff)).hasSize(2)
                .anySatisfy(s -> assertThat(s.get("stage")).isEqualTo("AT_PORT"));
    }

    @Test
    void member2_cannot_see_or_touch_firm_as_own_items_and_exhibits() {
        String d = delegation();
        String own = post("/v1/delegations/" + d + "/itinerary", member, meeting("天姥纺机私人会谈"), "zh-CN")
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
        String exhibit = items("/v1/delegations/" + d + "/shipments", member).getFirst().get("exhibitId").toString();

        api.get().uri("/v1/itinerary-items/" + own).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.put().uri("/v1/itinerary-items/" + own).headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(meeting("改掉")).exchange()
                .expectStatus().isNotFound();
        api.delete().uri("/v1/itinerary-items/" + own).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        post("/v1/exhibits/" + exhibit + "/milestones", member2, Map.of("milestone", "BOOKED"), "en")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:shipping.exhibit-not-found");
        assertThat(items("/v1/delegations/" + d + "/itinerary", member2)).isEmpty();
        assertThat(items("/v1/delegations/" + d + "/shipments", member2))
                .noneMatch(s -> s.get("exhibitId").equals(exhibit));
        String ics = api.get().uri("/v1/delegations/" + d + "/itinerary.ics").headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(ics).doesNotContain(own).doesNotContain("天姥纺机私人会谈");
        // Nothing changed for firm A.
        assertThat(items("/v1/delegations/" + d + "/itinerary", member)).singleElement()
                .satisfies(i -> assertThat(i.get("title")).isEqualTo("天姥纺机私人会谈"));
        assertThat(items("/v1/delegations/" + d + "/shipments", member).getFirst().get("stage")).isNull();
    }

    @Test
    void unknown_delegations_and_malformed_ids_are_not_found() {
        String none = "00000000-0000-0000-0000-00000000abcd";
        for (String uri : List.of("/v1/delegations/" + none + "/itinerary", "/v1/delegations/" + none
                + "/itinerary.ics", "/v1/delegations/" + none + "/shipments", "/v1/itinerary-items/not-an-id")) {
            api.get().uri(uri).headers(h -> h.setBearerAuth(staff)).exchange().expectStatus().isNotFound();
        }
        post("/v1/exhibits/not-an-id/milestones", staff, Map.of("milestone", "BOOKED"), "en")
                .expectStatus().isNotFound();
    }

    @Test
    void the_openapi_description_lists_the_itinerary_and_shipping_calls() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains("/v1/delegations/{id}/itinerary:", "/v1/delegations/{id}/itinerary.ics:",
                "/v1/itinerary-items/{id}:", "/v1/delegations/{id}/shipments:", "/v1/exhibits/{id}/milestones:");
    }
}
