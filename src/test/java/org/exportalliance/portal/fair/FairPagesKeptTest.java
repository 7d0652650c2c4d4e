package org.exportalliance.portal.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.exportalliance.portal.platform.live.AnotherInstance;
import org.exportalliance.portal.platform.live.ListenerPause;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The catalogue's pages are kept per instance until a fair changes: what a client sees of that. */
class FairPagesKeptTest extends PortalApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired DatabaseClient db;
    @Autowired ApplicationContext portal;
    @Autowired TransactionalOperator tx;

    @Test
    void a_page_comes_with_an_etag_and_a_client_that_holds_it_gets_304_without_a_body() {
        String etag = api.get().uri("/v1/fairs?limit=5").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.items.length()").isEqualTo(5)
                .returnResult().getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();
        api.get().uri("/v1/fairs?limit=5").headers(h -> h.setBearerAuth(member2))
                .header(HttpHeaders.IF_NONE_MATCH, "\"other\", " + etag).exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody().isEmpty();
        api.get().uri("/v1/fairs?limit=6").headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isOk();
    }

    @Test
    void a_fair_created_here_is_on_the_next_page_read_here_under_a_new_etag_without_waiting_for_its_live_event() {
        String name = FairApiTest.unique("Kept Page Expo");
        String query = "/v1/fairs?q=" + name.substring(name.lastIndexOf(' ') + 1);
        String before = api.get().uri(query).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0)
                .returnResult().getResponseHeaders().getETag();
        ListenerPause.during(portal, () -> {
            send(org.springframework.http.HttpMethod.POST, "/v1/fairs", staff, FairApiTest.body(name))
                    .expectStatus().isCreated();
            String after = api.get().uri(query).headers(h -> h.setBearerAuth(member))
                    .header(HttpHeaders.IF_NONE_MATCH, before).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.items[0].nameEn").isEqualTo(name)
                    .returnResult().getResponseHeaders().getETag();
            assertThat(after).isNotBlank().isNotEqualTo(before);
        });
    }

    @Test
    void a_change_from_another_instance_reaches_the_page_with_its_live_event_and_not_before() {
        String name = FairApiTest.unique("Other Instance Expo");
        String query = "/v1/fairs?q=" + name.substring(name.lastIndexOf(' ') + 1);
        listed(query, 0);
        // As another instance writes: the row commits here unseen, and its event follows in its own transaction.
        UUID id = UUID.randomUUID();
        db.sql("insert into fair (id, name_zh, name_en, city, country, venue, start_date, end_date, sectors,"
                        + " created_at, updated_at) values (:id, '别处展', :name, 'Dubai', 'AE', 'DWTC', date '2027-06-01',"
                        + " date '2027-06-03', array['WEAVING'], now(), now())")
                .bind("id", id).bind("name", name).fetch().rowsUpdated().block(WAIT);
        listed(query, 0);
        tx.transactional(AnotherInstance.announces(db, FairService.TOPIC, id)).block(WAIT);
        await().atMost(WAIT).untilAsserted(() -> listed(query, 1));
    }

    private void listed(String query, int count) {
        api.get().uri(query).headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(count);
    }
}
