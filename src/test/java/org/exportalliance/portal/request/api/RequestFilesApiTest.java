package org.exportalliance.portal.request.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** A request's files through the API: raw uploads known by their bytes, downloads in scope, and filing again. */
class RequestFilesApiTest extends PortalApiTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_firm_uploads_a_pdf_downloads_it_and_another_firm_and_a_disguised_file_are_refused() {
        String id = created("/v1/requests", member, RequestApiTest.request("Invoice " + UUID.randomUUID()));
        Map<String, Object> file = json(upload(id, member, "商业发票.pdf", PDF).expectStatus().isOk());
        assertThat(file).containsEntry("fileName", "商业发票.pdf").containsEntry("contentType", "application/pdf");

        byte[] back = api.get().uri("/v1/requests/" + id + "/attachments/" + file.get("id"))
                .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).contains("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(back).isEqualTo(PDF);
        api.get().uri("/v1/requests/" + id + "/attachments/" + file.get("id")).headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isNotFound();
        upload(id, member2, "x.pdf", PDF).expectStatus().isNotFound();
        upload(id, member, "script.pdf", "<script>".getBytes(StandardCharsets.US_ASCII)).expectStatus()
                .isBadRequest();
        upload(id, member, "empty.pdf", new byte[0]).expectStatus().isBadRequest();
        List<?> listed = (List<?>) json(api.get().uri("/v1/requests/" + id + "/attachments")
                .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isOk()).get("items");
        assertThat(listed).hasSize(1);
    }

    @Test
    void a_returned_request_is_filed_again_with_if_match() {
        String id = created("/v1/requests", member, RequestApiTest.request("Warehouse " + UUID.randomUUID()));
        send(HttpMethod.POST, "/v1/requests/" + id + "/return", staff, Map.of("version", 1, "text", "哪个国家？"))
                .expectStatus().isOk();
        Map<String, Object> again = json(api.post().uri("/v1/requests/" + id + "/refile")
                .headers(h -> h.setBearerAuth(member)).header(HttpHeaders.IF_MATCH, "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Warehouse in Mexico", "description", "40 m³", "urgency", "NORMAL"))
                .exchange().expectStatus().isOk());
        assertThat(again).containsEntry("status", "SUBMITTED").containsEntry("title", "Warehouse in Mexico");
        api.post().uri("/v1/requests/" + id + "/refile").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "x", "description", "y", "urgency", "LOW"))
                .exchange().expectStatus().isBadRequest();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec upload(String id, String token,
            String name, byte[] bytes) {
        return api.post().uri(u -> u.path("/v1/requests/" + id + "/attachments").queryParam("name", name).build())
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(bytes).exchange();
    }
}
