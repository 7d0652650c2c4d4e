package org.exportalliance.portal.logistics.traveller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.exportalliance.portal.account.Actor;
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

class TravellerApiTest extends PortalApiTest {

    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired org.springframework.r2dbc.core.DatabaseClient db;

    /** An open delegation where firm A ({@code member}) holds an approved application for {@code seats}. */
    String approvedForFirmA(int seats) {
        Actor firmA = actors.member();
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.FIFO);
        delegations.apply(firmA, d.id(), Delegations.application(seats, "9")).block();
        return d.id().toString();
    }

    static Map<String, Object> zhangWei() {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Zhang Wei");
        body.put("chineseName", "张伟");
        body.put("nationality", "CN");
        body.put("dateOfBirth", "1985-03-12");
        body.put("passportNumber", "E12345678");
        body.put("passportExpiry", "2031-05-01");
        body.put("role", "销售总监");
        return body;
    }

    String add(String delegation, String token, Map<String, Object> body) {
        return created("/v1/delegations/" + delegation + "/travellers", token, body);
    }

    @Test
    void a_firm_names_reads_changes_and_removes_a_traveller_and_staff_set_the_visa_status() {
        String d = approvedForFirmA(2);
        String key = "erp-traveller-" + System.nanoTime();
        var created = api.post().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(zhangWei())
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/v1/travellers/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody()
                .jsonPath("$.fullName").isEqualTo("ZHANG WEI")
                .jsonPath("$.passportNumberMasked").isEqualTo("E1*****78")
                .jsonPath("$.passportNumber").doesNotExist()
                .jsonPath("$.passportExpiryWarning").isEqualTo(false)
                .jsonPath("$.visaStatus").isEqualTo("NOT_STARTED")
                .returnResult();
        String body = new String(created.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("E12345678");
        String id = body.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        api.post().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(zhangWei())
                .exchange().expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true");
        assertThat(db.sql("select count(*) from idempotency_record where body like '%E12345678%'")
                .map(row -> row.get(0, Long.class)).one().block()).as("the stored answer is masked").isZero();

        api.get().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].passportNumberMasked").isEqualTo("E1*****78")
                .jsonPath("$.items[0].passportNumber").doesNotExist();
        api.get().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody().jsonPath("$.passportNumber").isEqualTo("E12345678");
        api.get().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.passportNumber").isEqualTo("E12345678");

        Map<String, Object> change = zhangWei();
        change.put("passportNumber", null);
        change.put("role", "总经理");
        api.put().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member)).header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange()
                .expectStatus().isEqualTo(409);
        api.put().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.role").isEqualTo("总经理")
                .jsonPath("$.passportNumberMasked").isEqualTo("E1*****78");

        api.post().uri("/v1/travellers/" + id + "/visa-status").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "GRANTED")).exchange()
                .expectStatus().isForbidden();
        api.post().uri("/v1/travellers/" + id + "/visa-status").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "GRANTED")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.visaStatus").isEqualTo("GRANTED");

        byte[] pdf = api.get().uri("/v1/travellers/" + id + "/invitation-letter?lang=en")
                .headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"invitation-letter-ZHANG-WEI-en.pdf\"; filename*=UTF-8''invitation-letter-ZHANG-WEI-en.pdf")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        api.get().uri("/v1/travellers/" + id + "/invitation-letter?lang=zh-CN").headers(h -> h.setBearerAuth(staff))
                .exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"invitation-letter-ZHANG-WEI-zh-CN.pdf\"; filename*=UTF-8''invitation-letter-ZHANG-WEI-zh-CN.pdf");
        api.get().uri("/v1/travellers/" + id + "/invitation-letter?lang=fr").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lang");

        api.delete().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isForbidden();
        api.delete().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isNoContent();
        api.get().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void bad_input_is_a_problem_naming_each_field_in_chinese_and_in_english() {
        String d = approvedForFirmA(2);
        Map<String, Object> bad = zhangWei();
        bad.put("nationality", "XX");
        bad.put("passportNumber", "E12-34");
        bad.put("passportExpiry", "2020-01-01");
        api.post().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bad).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:invalid-input")
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'nationality')].message")
                .isEqualTo("请填写有效的国家或地区代码（ISO 3166 两位字母，如 CN）")
                .jsonPath("$.errors[?(@.field == 'passportNumber')].code")
                .isEqualTo("traveller.validation.passport-number")
                .jsonPath("$.errors[?(@.field == 'passportExpiry')].message")
                .isEqualTo("护照已过期，请填写今天之后的有效期");
        api.post().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bad).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'nationality')].message")
                .isEqualTo("Enter a valid ISO 3166 two-letter country code, such as CN")
                .jsonPath("$.errors[?(@.field == 'passportNumber')].message")
                .isEqualTo("A passport number has 6 to 9 capital letters or digits (such as E12345678)")
                .jsonPath("$.errors[?(@.field == 'passportExpiry')].message")
                .isEqualTo("The passport has expired; enter an expiry date after today");
        api.post().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"dateOfBirth\": \"not a date\"}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.get().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void one_traveller_more_than_the_seats_is_a_conflict_in_chinese_and_in_english() {
        String d = approvedForFirmA(1);
        add(d, member, zhangWei());
        Map<String, Object> second = zhangWei();
        second.put("fullName", "LI NA");
        second.put("chineseName", "李娜");
        second.put("passportNumber", "E23456789");
        second.put("passportExpiry", LocalDate.now().plusMonths(1).toString());
        api.post().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(second).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:traveller.too-many")
                .jsonPath("$.detail").isEqualTo("贵企业在该展团的报名为 1 人，出行人员已登记满。");
        api.post().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(second).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Your firm's application holds one seat on this delegation, and no seat is left for another traveller.");
        api.get().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].passportExpiryWarning").isEqualTo(false);
    }

    @Test
    void member2_gets_nothing_of_firm_as_travellers_nor_their_letters() {
        String d = approvedForFirmA(2);
        String id = add(d, member, zhangWei());
        api.get().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        api.get().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:traveller.not-found");
        api.put().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member2)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(zhangWei()).exchange()
                .expectStatus().isNotFound();
        api.put().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(zhangWei()).exchange()
                .expectStatus().isNotFound();
        api.delete().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/v1/travellers/" + id + "/invitation-letter?lang=zh-CN").headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isNotFound();
        api.get().uri("/v1/travellers/" + id + "/invitation-letter?lang=en").headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isNotFound();
        api.post().uri("/v1/travellers/" + id + "/visa-status").headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "REFUSED")).exchange()
                .expectStatus().isForbidden();
        api.post().uri("/v1/delegations/" + d + "/travellers").headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(zhangWei()).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:traveller.no-approved-place");
        api.get().uri("/v1/travellers/not-a-uuid").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        // Firm A's traveller is untouched.
        api.get().uri("/v1/travellers/" + id).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.visaStatus").isEqualTo("NOT_STARTED")
                .jsonPath("$.fullName").isEqualTo("ZHANG WEI");
    }

    @Test
    void every_traveller_route_is_in_the_openapi_description() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains("/v1/delegations/{id}/travellers:", "/v1/travellers/{id}:",
                "/v1/travellers/{id}/visa-status:", "/v1/travellers/{id}/invitation-letter:");
    }
}
