package org.exportalliance.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class AuditApiTest extends PortalApiTest {

    @Autowired AuditService audit;
    @Autowired Actors actors;

    private String entries(int count, String action) {
        String subject = "api-" + UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            audit.record(actors.member().userId(), action, "audit-api-test", subject, "entry " + i)
                    .block(Duration.ofSeconds(10));
        }
        return subject;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String uri) {
        return api.get().uri(uri).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult()
                .getResponseBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_read_the_filtered_trail_page_by_page() {
        String subject = entries(5, "audit-api.made");
        List<String> details = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = get("/v1/audit?subjectType=audit-api-test&subjectId=" + subject
                    + "&action=audit-api.&user=member&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            items.forEach(item -> details.add((String) item.get("detail")));
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(details).containsExactly("entry 4", "entry 3", "entry 2", "entry 1", "entry 0");

        api.get().uri("/v1/audit?subjectId=" + subject + "&q=ENTRY 3").headers(h -> h.setBearerAuth(staff))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].action").isEqualTo("audit-api.made")
                .jsonPath("$.items[0].subjectType").isEqualTo("audit-api-test")
                .jsonPath("$.items[0].actor.username").isEqualTo("member")
                .jsonPath("$.items[0].actor.firm.nameEn").isEqualTo("Xinchang Tianmu Textile Machinery Co., Ltd.")
                .jsonPath("$.items[0].at").isNotEmpty()
                .jsonPath("$.nextCursor").doesNotExist();
        assertThat((List<?>) get("/v1/audit?subjectId=" + subject + "&action=fair.created").get("items")).isEmpty();
        assertThat((List<?>) get("/v1/audit?subjectId=" + subject + "&user=staff").get("items")).isEmpty();
        assertThat((List<String>) get("/v1/audit/actions").get("items")).contains("audit-api.made");
    }

    @Test
    void bad_parameters_are_400_problems_naming_the_parameter() {
        for (String query : List.of("from=2026-13-01", "from=2026-05-02&to=2026-05-01", "cursor=not-a-cursor",
                "limit=501")) {
            api.get().uri("/v1/audit?" + query).headers(h -> h.setBearerAuth(staff))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").value(f -> assertThat(f).isIn("from", "to",
                            "cursor", "limit"));
        }
    }

    @Test
    void members_get_403_problem_and_no_entries() {
        for (String uri : List.of("/v1/audit", "/v1/audit/actions", "/v1/audit.xlsx")) {
            api.get().uri(uri).headers(h -> h.setBearerAuth(member)).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(403);
        }
        api.get().uri("/v1/audit").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void staff_download_the_filtered_trail_as_an_excel_attachment() {
        String subject = entries(2, "audit-api.exported-row");
        byte[] xlsx = api.get().uri("/v1/audit.xlsx?subjectId=" + subject).headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(org.exportalliance.portal.platform.spreadsheet.Spreadsheet.MEDIA_TYPE)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v)
                        .startsWith("attachment").contains("filename*=UTF-8''"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(xlsx).as("an .xlsx is a zip").startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void the_openapi_description_lists_the_audit_calls() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains("/v1/audit:", "/v1/audit/actions:", "/v1/audit.xlsx:");
    }
}
