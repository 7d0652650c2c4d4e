package org.exportalliance.portal.lead.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/** The lead and claim API: conventions (idempotency, problems in both languages), the blind signal, firm scoping. */
class LeadApiTest extends PortalApiTest {

    @Autowired FirmService firms;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    static Map<String, Object> lead(String company, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyName", company);
        body.put("country", "IT");
        body.put("city", "Como");
        body.put("website", "https://www." + company.toLowerCase().replace(' ', '-') + ".it/");
        body.put("contacts", List.of(Map.of("name", "Marco Rossi", "title", "Buyer",
                "email", "marco@" + company.toLowerCase().replace(' ', '-') + ".it", "phone", "031 " + uniquePhoneDigits())));
        body.put("categories", List.of("WEAVING"));
        body.put("estimatedValue", 250000);
        body.put("currency", "EUR");
        body.put("source", "FAIR");
        body.put("visibility", visibility);
        return body;
    }

    /** Seven digits after an Italian area code: leads sharing a phone would be one buyer. */
    static String uniquePhoneDigits() {
        return String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    }

    String create(String token, Map<String, Object> body) {
        return (String) json(send(HttpMethod.POST, "/v1/leads", token, body).expectStatus().isCreated()).get("id");
    }

    @Test
    void a_lead_posted_twice_with_one_key_is_stored_once_and_listed_with_filters() {
        String company = Leads.uniqueName();
        String key = "lead-" + System.nanoTime();
        Map<String, Object> body = lead(company, "ALLIANCE");
        Map<String, Object> first = json(api.post().uri("/v1/leads").headers(h -> h.setBearerAuth(leader))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/api/v1/leads/.*"));
        Map<String, Object> again = json(api.post().uri("/v1/leads").headers(h -> h.setBearerAuth(leader))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true"));

        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(db.sql("select count(*) from lead where company_name = :n").bind("n", company)
                .map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1);
        assertThat(first).doesNotContainKey("contacts");
        String q = company.split(" ")[0];
        assertThat(items("/v1/leads?country=IT&category=WEAVING&source=FAIR&q=" + q, member2))
                .extracting(l -> l.get("id")).containsExactly(first.get("id"));
        assertThat(items("/v1/leads?country=DE&q=" + q, member2)).isEmpty();
        assertThat(items("/v1/leads?category=KNITTING&q=" + q, member2)).isEmpty();
    }

    @Test
    void the_list_pages_with_a_cursor_without_gaps_or_repeats() {
        String stem = Leads.uniqueName().split(" ")[0];
        for (int i = 0; i < 5; i++) {
            create(member, lead(stem + " Mill" + (char) ('A' + i), "PRIVATE"));
        }
        Map<String, Object> page1 = json(api.get().uri("/v1/leads?limit=2&q=" + stem)
                .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isOk());
        List<Object> seen = new java.util.ArrayList<>(ids(page1));
        Object next = page1.get("nextCursor");
        while (next != null) {
            Map<String, Object> page = json(api.get().uri("/v1/leads?limit=2&q=" + stem + "&cursor=" + next)
                    .headers(h -> h.setBearerAuth(member)).exchange().expectStatus().isOk());
            seen.addAll(ids(page));
            next = page.get("nextCursor");
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void another_member_gets_only_the_blind_signal_in_both_languages() {
        String company = Leads.uniqueName();
        String lead = create(leader, lead(company, "ALLIANCE"));
        Map<String, Object> claim = json(send(HttpMethod.POST, "/v1/leads/" + lead + "/claims", member,
                Map.of("categories", List.of("WEAVING"))).expectStatus().isCreated());
        assertThat(claim.get("holds")).isEqualTo(true);

        String zh = api.post().uri("/v1/leads/" + lead + "/claims").headers(h -> h.setBearerAuth(member2))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        Map<String, Object> en = json(api.post().uri("/v1/leads/" + lead + "/claims")
                .headers(h -> h.setBearerAuth(member2)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("categories", List.of("weaving")))
                .exchange().expectStatus().isEqualTo(409));

        String year = ((String) claim.get("validUntil")).substring(0, 4);
        assertThat(zh).contains("织造机械").contains("另一成员").contains(year + "年");
        assertThat((String) en.get("detail")).as("the day in the reader's language, not ISO")
                .containsPattern("^This buyer is registered by another member for Weaving until [A-Z][a-z]{2} \\d{1,2}, "
                        + year);
        assertThat(en.get("signals")).asList().singleElement().satisfies(s ->
                assertThat(map(s)).containsOnlyKeys("category", "until").containsEntry("category", "WEAVING"));
        String firmA = firms.firmOf(actors.member()).block().nameEn();
        String firmAzh = firms.firmOf(actors.member()).block().nameZh();
        for (String body : List.of(zh, en.toString())) {
            assertThat(body).doesNotContain(firmA).doesNotContain(firmAzh)
                    .doesNotContain(actors.member().firmId().toString()).doesNotContain("marco@");
        }
        Map<String, Object> seen = json(api.get().uri("/v1/leads/" + lead).headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isOk());
        assertThat(seen.toString()).doesNotContain(actors.member().firmId().toString());
        assertThat(seen.get("signals")).asList().singleElement()
                .satisfies(s -> assertThat(map(s)).containsEntry("ours", false));
        api.get().uri("/v1/leads/" + lead + "/contacts").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void a_claim_moves_through_its_pipeline_and_staff_decide_on_it() {
        String lead = create(leader, lead(Leads.uniqueName(), "ALLIANCE"));
        String claim = (String) json(send(HttpMethod.POST, "/v1/leads/" + lead + "/claims", member, Map.of())
                .expectStatus().isCreated()).get("id");

        assertThat(json(send(HttpMethod.POST, "/v1/claims/" + claim + "/status", member, Map.of("stage", "QUOTED"))
                .expectStatus().isOk()).get("stage")).isEqualTo("QUOTED");
        send(HttpMethod.POST, "/v1/claims/" + claim + "/status", member, Map.of("stage", "CONTACTED"))
                .expectStatus().isEqualTo(409);
        send(HttpMethod.POST, "/v1/claims/" + claim + "/status", member, Map.of("stage", "QUOTED", "status",
                "RELEASED")).expectStatus().isBadRequest();
        send(HttpMethod.POST, "/v1/claims/" + claim + "/activities", member, Map.of("note", "Sent the quote"))
                .expectStatus().isOk();
        send(HttpMethod.POST, "/v1/claims/" + claim + "/status", member,
                Map.of("status", "APPROVED", "reason", "self")).expectStatus().isForbidden();
        assertThat(json(send(HttpMethod.POST, "/v1/claims/" + claim + "/status", staff,
                Map.of("status", "APPROVED", "reason", "Met at ITMA")).expectStatus().isOk()).get("status"))
                .isEqualTo("APPROVED");

        assertThat(items("/v1/claims", member)).extracting(c -> c.get("id")).contains(claim);
        assertThat(items("/v1/claims?limit=500", staff)).extracting(c -> c.get("id")).contains(claim);
        assertThat(items("/v1/claims/" + claim + "/history", member)).extracting(e -> e.get("kind"))
                .containsExactly("SUBMITTED", "STAGE", "ACTIVITY", "APPROVED");
    }

    @Test
    void bad_input_gets_a_problem_per_field_and_nothing_is_saved() {
        String company = Leads.uniqueName();
        Map<String, Object> body = lead(company, "SIDEWAYS");
        body.put("source", "PIGEON");
        Map<String, Object> problem = json(api.post().uri("/v1/leads").headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest());
        assertThat(problem.get("errors")).asList().extracting(e -> (Object) map(e).get("field"))
                .containsExactlyInAnyOrder((Object) "source", "visibility");

        body = lead(company, "PRIVATE");
        body.put("contacts", List.of(Map.of("name", "X", "email", "x@", "phone", "12")));
        body.put("country", "ZZ");
        body.put("estimatedValue", 1e15);
        problem = json(api.post().uri("/v1/leads").headers(h -> h.setBearerAuth(member))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isBadRequest());
        assertThat(problem.get("errors")).asList().extracting(e -> (Object) map(e).get("field"))
                .contains((Object) "country", "contacts[0].email", "contacts[0].phone", "estimatedValue");
        assertThat(db.sql("select count(*) from lead where company_name = :n").bind("n", company)
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void member2_gets_404_from_every_call_on_firm_a_private_lead_and_claim() {
        String lead = create(member, lead(Leads.uniqueName(), "PRIVATE"));
        String claim = (String) json(send(HttpMethod.POST, "/v1/leads/" + lead + "/claims", member, Map.of())
                .expectStatus().isCreated()).get("id");

        api.get().uri("/v1/leads/" + lead).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        send(HttpMethod.PUT, "/v1/leads/" + lead, member2, lead("Renamed", "PRIVATE")).expectStatus().isNotFound();
        api.get().uri("/v1/leads/" + lead + "/contacts").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        send(HttpMethod.POST, "/v1/leads/" + lead + "/claims", member2, Map.of()).expectStatus().isNotFound();
        send(HttpMethod.POST, "/v1/leads/" + lead + "/claims", member2, Map.of("categories", List.of("WEAVING")))
                .expectStatus().isNotFound();
        api.get().uri("/v1/claims/" + claim).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/v1/claims/" + claim + "/history").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        send(HttpMethod.POST, "/v1/claims/" + claim + "/status", member2, Map.of("stage", "CONTACTED"))
                .expectStatus().isNotFound();
        send(HttpMethod.POST, "/v1/claims/" + claim + "/status", member2, Map.of("status", "RELEASED"))
                .expectStatus().isNotFound();
        send(HttpMethod.POST, "/v1/claims/" + claim + "/activities", member2, Map.of("note", "hello"))
                .expectStatus().isNotFound();
        assertThat(items("/v1/leads?limit=500&mine=false", member2)).extracting(l -> l.get("id")).doesNotContain(lead);
        assertThat(items("/v1/claims?limit=500", member2)).extracting(c -> c.get("id")).doesNotContain(claim);
        // The same calls as firm A work, so the 404s are about scoping, not broken routes.
        api.get().uri("/v1/leads/" + lead + "/contacts").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].phone").value(phone -> assertThat((String) phone).matches("\\+39031\\d{7}"));
        api.get().uri("/v1/claims/" + claim + "/history").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String uri, String token) {
        Map<String, Object> body = json(api.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk());
        return (List<Map<String, Object>>) body.get("items");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(m -> m.get("id")).toList();
    }
}
