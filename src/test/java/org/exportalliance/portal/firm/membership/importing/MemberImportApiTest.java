package org.exportalliance.portal.firm.membership.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.ADMIN;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.CODE;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.HEADERS_ZH;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.csv;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.row;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.PortalApiTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class MemberImportApiTest extends PortalApiTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType XLSX = MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE);

    @Test
    @SuppressWarnings("unchecked")
    void a_dry_run_reports_every_row_in_the_callers_language_and_saves_nothing() {
        List<String> good = row("dry1", true);
        List<String> bad = with(row("dry2", false), CODE, MemberLists.wrongCheck(Enrolments.code()));
        Map<String, Object> body = post("?dryRun=true", "en", CSV, csv(HEADERS_ZH, List.of(good, bad)))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(body).containsEntry("dryRun", true).containsEntry("rows", 2).containsEntry("rowsWithProblems", 1)
                .containsEntry("invitations", 1).containsEntry("importable", false);
        assertThat((Map<String, Object>) body.get("columns")).containsEntry("统一社会信用代码", "CREDIT_CODE");
        List<Map<String, Object>> report = (List<Map<String, Object>>) body.get("report");
        assertThat(report.get(0)).containsEntry("row", 2).containsEntry("name", good.get(0))
                .containsEntry("problems", List.of());
        assertThat((List<Map<String, Object>>) report.get(1).get("problems")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("field", "creditCode")
                        .containsEntry("column", "统一社会信用代码")
                        .containsEntry("code", "firm.credit-code.bad-check-character")
                        .containsEntry("message", "The last character (the check character) of the Unified Social"
                                + " Credit Code does not match. Please check the code."));
        assertThat(firmsWithCode(good.get(CODE))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_import_enrols_and_invites_and_hands_out_the_links_when_no_mail_went_out() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        List<String> first = row("api1", true);
        rows.add(new ArrayList<>(first));
        rows.add(new ArrayList<>(row("api2", false)));
        Map<String, Object> body = post("", "zh-CN", XLSX, MemberLists.xlsx(HEADERS_ZH, rows))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(body).containsEntry("enrolled", 2).containsEntry("invited", 1).containsEntry("mailed", 0)
                .containsKey("importId");
        List<Map<String, Object>> firms = (List<Map<String, Object>>) body.get("firms");
        assertThat(firms.get(0)).containsEntry("row", 2).containsEntry("nameZh", first.get(0)).containsKey("firmId");
        assertThat((Map<String, Object>) firms.get(0).get("invitation")).containsEntry("email", first.get(ADMIN))
                .containsEntry("locale", "en").containsEntry("mailed", false).containsKey("link");
        assertThat(firms.get(1)).doesNotContainKey("invitation");
        assertThat(firmsWithCode(first.get(CODE))).isEqualTo(1);
    }

    @Test
    void rows_with_problems_make_it_a_422_listing_them_and_nothing_is_saved() {
        List<String> good = row("api422a", false);
        List<String> twin = with(row("api422b", false), CODE, good.get(CODE));
        post("", "en", CSV, csv(HEADERS_ZH, List.of(good, twin)))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:members.import.has-problems")
                .jsonPath("$.detail").isEqualTo("2 of 2 rows have problems, so nothing was saved. Correct them and"
                        + " import again.")
                .jsonPath("$.rowsWithProblems").isEqualTo(2)
                .jsonPath("$.rows[0].row").isEqualTo(2)
                .jsonPath("$.rows[0].problems[0].code").isEqualTo("members.import.duplicate.credit-code")
                .jsonPath("$.rows[0].problems[0].otherRow").isEqualTo(3)
                .jsonPath("$.rows[0].problems[0].message").isEqualTo("Same credit code as row 3")
                .jsonPath("$.rows[1].problems[0].otherRow").isEqualTo(2);
        assertThat(firmsWithCode(good.get(CODE))).isZero();
    }

    @Test
    void others_than_staff_and_other_files_are_refused() {
        byte[] file = csv(HEADERS_ZH, List.of(row("api403", false)));
        api.post().uri("/v1/firms/imports?dryRun=true").headers(h -> h.setBearerAuth(ApiClient.token(port, "firmadmin")))
                .contentType(CSV).bodyValue(file).exchange().expectStatus().isForbidden();
        api.post().uri("/v1/firms/imports?dryRun=true").contentType(CSV).bodyValue(file).exchange()
                .expectStatus().isUnauthorized();
        post("?dryRun=true", "en", MediaType.APPLICATION_JSON, "{}".getBytes())
                .expectStatus().isEqualTo(415).expectBody().jsonPath("$.reason").isEqualTo("WRONG_TYPE");
        post("?dryRun=true", "en", CSV, "company,country\nAcme,IT\n".getBytes())
                .expectStatus().isBadRequest().expectBody().jsonPath("$.reason").isEqualTo("NO_HEADER");
        post("?dryRun=true", "en", CSV, new byte[0]).expectStatus().isBadRequest();
        post("?dryRun=maybe", "en", CSV, file).expectStatus().isBadRequest();
        post("?dryRun=true", "en", CSV, new byte[MemberFileReader.MAX_BYTES + 1]).expectStatus().isEqualTo(413);
    }

    private WebTestClient.ResponseSpec post(String query, String language, MediaType type, byte[] file) {
        return api.post().uri("/v1/firms/imports" + query).headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(type).bodyValue(file).exchange();
    }

    @SuppressWarnings("unchecked")
    private int firmsWithCode(String code) {
        Map<String, Object> page = api.get().uri(u -> u.path("/v1/firms").queryParam("q", code).build())
                .headers(h -> h.setBearerAuth(staff)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Object>) page.get("items")).size();
    }
}
