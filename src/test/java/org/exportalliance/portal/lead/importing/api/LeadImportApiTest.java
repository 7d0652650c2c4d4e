package org.exportalliance.portal.lead.importing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.importing.LeadFileReader;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

class LeadImportApiTest extends PortalApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    static byte[] csv(String... rows) {
        return ("Company,Country,Contact,Email,Categories\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long leadsNamed(String... names) {
        return db.sql("select count(*) from lead where company_name = any(:names)").bind("names", names)
                .map(r -> r.get(0, Long.class)).one().block(WAIT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_csv_imports_its_good_rows_answers_the_report_and_a_retry_with_the_same_key_imports_nothing_twice() {
        String good = Leads.uniqueName();
        String bad = Leads.uniqueName();
        byte[] file = csv(good + ",Italy,Anna Verdi,anna@" + good.replace(' ', '-').toLowerCase() + ".it,WEAVING",
                bad + ",IT,Luca,not-an-email,WEAVING");
        String key = UUID.randomUUID().toString();

        Map<String, Object> body = api.post().uri("/v1/leads/imports?mode=GOOD_ROWS")
                .headers(h -> h.setBearerAuth(member)).header("Idempotency-Key", key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(CSV).bodyValue(file).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(body).containsEntry("rows", 2).containsEntry("imported", 1).containsEntry("skipped", 1)
                .containsEntry("mode", "GOOD_ROWS");
        assertThat((Map<String, Object>) body.get("columns")).containsEntry("Company", "COMPANY")
                .containsEntry("Email", "EMAIL");
        List<Map<String, Object>> report = (List<Map<String, Object>>) body.get("report");
        assertThat(report.get(0)).containsEntry("row", 2).containsEntry("status", "IMPORTED").containsKey("leadId");
        assertThat(report.get(1)).containsEntry("status", "INVALID");
        assertThat((List<Map<String, Object>>) report.get(1).get("problems")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("field", "contacts[0].email")
                        .containsEntry("column", "Email").containsEntry("code", "validation.email")
                        .containsEntry("message", "Enter a valid e-mail address"));

        api.post().uri("/v1/leads/imports?mode=GOOD_ROWS")
                .headers(h -> h.setBearerAuth(member)).header("Idempotency-Key", key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(CSV).bodyValue(file).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.importId").isEqualTo(body.get("importId"));
        assertThat(leadsNamed(good, bad)).isEqualTo(1);
    }

    @Test
    void all_or_nothing_with_a_bad_row_is_a_422_listing_the_rows_and_saves_nothing() {
        String good = Leads.uniqueName();
        String bad = Leads.uniqueName();
        api.post().uri("/v1/leads/imports?mode=ALL_OR_NOTHING")
                .headers(h -> h.setBearerAuth(member)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(CSV).bodyValue(csv(good + ",IT,,,WEAVING", bad + ",Atlantis,,,WEAVING")).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:export-alliance:problem:lead.import.has-problems")
                .jsonPath("$.detail").isEqualTo("1 of 2 rows cannot be imported, so nothing was saved. Correct them, "
                        + "or import the good rows only.")
                .jsonPath("$.rejectedRows").isEqualTo(1)
                .jsonPath("$.rows[0].row").isEqualTo(3)
                .jsonPath("$.rows[0].problems[0].column").isEqualTo("Country")
                .jsonPath("$.rows[0].problems[0].message").isEqualTo("Choose a valid country or region");
        assertThat(leadsNamed(good, bad)).isZero();
    }

    @Test
    void a_dry_run_reports_without_saving_and_conflicts_show_only_the_blind_signal() {
        String name = Leads.uniqueName();
        Lead theirs = leads.create(actors.member2(), Leads.draft(name, "IT", Visibility.PRIVATE, "WEAVING"))
                .block(WAIT).lead();
        claims.claim(actors.member2(), theirs.id(), java.util.Set.of("WEAVING")).block(WAIT);

        byte[] answer = api.post().uri("/v1/leads/imports?dryRun=true")
                .headers(h -> h.setBearerAuth(member)).contentType(CSV)
                .bodyValue(csv(name + " GmbH,IT,,,WEAVING")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.dryRun").isEqualTo(true)
                .jsonPath("$.importable").isEqualTo(1)
                .jsonPath("$.conflicted").isEqualTo(1)
                .jsonPath("$.report[0].status").isEqualTo("CONFLICT")
                .jsonPath("$.report[0].signals[0].category").isEqualTo("WEAVING")
                .jsonPath("$.report[0].signals[0].until").isNotEmpty()
                .returnResult().getResponseBodyContent();
        String json = new String(answer, StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(actors.member2().firmId().toString(), theirs.id().toString(),
                theirs.buyerId().toString(), "Marco Bianchi");
        assertThat(leadsNamed(name + " GmbH")).isZero();
    }

    @Test
    void wrong_types_oversized_and_empty_bodies_are_refused_with_their_own_problems() {
        api.post().uri("/v1/leads/imports").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"company\":\"x\"}").exchange()
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.reason").isEqualTo("WRONG_TYPE");
        api.post().uri("/v1/leads/imports").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).exchange()
                .expectStatus().isEqualTo(415);
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        api.post().uri("/v1/leads/imports").headers(h -> h.setBearerAuth(member)).contentType(CSV).bodyValue(big)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(ApiProblems.PROBLEM_JSON)
                .expectBody().jsonPath("$.maxBytes").isEqualTo(LeadFileReader.MAX_BYTES);
        api.post().uri("/v1/leads/imports").headers(h -> h.setBearerAuth(member)).contentType(CSV)
                .bodyValue(new byte[0]).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.reason").isEqualTo("EMPTY");
        api.post().uri("/v1/leads/imports?mode=SOMETIMES").headers(h -> h.setBearerAuth(member)).contentType(CSV)
                .bodyValue(csv("A,IT,,,WEAVING")).exchange()
                .expectStatus().isBadRequest();
        api.post().uri("/v1/leads/imports").contentType(CSV).bodyValue(csv("A,IT,,,WEAVING")).exchange()
                .expectStatus().isUnauthorized();
    }

    /**
     * A file is refused in microseconds, on the worker that read it; the answer used to be written on that worker
     * while Reactor interrupted it, and Tomcat then closed the connection without an answer (1–5 % of refusals,
     * issue 13; {@code platform.Workers}). Each of many refusals on fresh and reused connections gets its answer.
     */
    @Test
    void every_file_refused_at_once_gets_its_answer() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest png = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/leads/imports"))
                .header("Authorization", "Bearer " + member).header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .build();
        Map<String, Integer> answers = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            String answer;
            try {
                answer = String.valueOf(client.send(png, HttpResponse.BodyHandlers.ofString())
                        .statusCode());
            } catch (IOException e) {
                answer = "no answer: " + e;
            }
            answers.merge(answer, 1, Integer::sum);
        }
        assertThat(answers).containsExactly(Map.entry("415", 300));
    }
}
