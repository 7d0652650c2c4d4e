package org.exportalliance.portal.lead.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

class LeadExportApiTest extends PortalApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired LeadService leads;
    @Autowired Actors actors;

    @Test
    void the_export_holds_only_what_the_caller_may_see_under_the_filters() throws IOException {
        String word = Leads.uniqueName().split(" ")[0];
        Lead privateToA = leads.create(actors.member(), Leads.draft(word + " Privata", "IT", Visibility.PRIVATE))
                .block(WAIT).lead();
        Lead alliance = leads.create(actors.of("leader"), Leads.draft(word + " Aperta", "IT", Visibility.ALLIANCE))
                .block(WAIT).lead();
        leads.create(actors.of("leader"), Leads.draft(word + " Altrove", "FR", Visibility.ALLIANCE)).block(WAIT);

        byte[] forMember2 = api.get().uri(u -> u.path("/v1/leads/export.xlsx").queryParam("text", word)
                        .queryParam("country", "it").build())
                .headers(h -> h.setBearerAuth(member2)).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v)
                        .startsWith("attachment").contains("filename*=UTF-8''leads-"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        byte[] forMember = api.get().uri(u -> u.path("/v1/leads/export.xlsx").queryParam("text", word)
                        .queryParam("country", "IT").build())
                .headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(companies(forMember2)).containsExactly(alliance.companyName());
        assertThat(companies(forMember)).containsExactlyInAnyOrder(alliance.companyName(), privateToA.companyName());
        api.get().uri("/v1/leads/export.xlsx?source=NOWHERE").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isBadRequest();
        api.get().uri("/v1/leads/export.xlsx").exchange().expectStatus().isUnauthorized();
    }

    private static List<String> companies(byte[] xlsx) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getFirstSheet().read().stream().skip(1).map((Row r) -> r.getCellText(0)).toList();
        }
    }
}
