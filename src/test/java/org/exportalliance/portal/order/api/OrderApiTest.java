package org.exportalliance.portal.order.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.order.FxRate;
import org.exportalliance.portal.order.FxRates;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/** The order API as an ERP system uses it: idempotent posts, ETags and If-Match, stage moves, problems, scoping. */
class OrderApiTest extends PortalApiTest {

    @Autowired DatabaseClient db;
    @Autowired FxRates rates;
    @Autowired Actors actors;
    @Autowired Clock clock;

    static Map<String, Object> order(String buyer) {
        Map<String, Object> body = new HashMap<>();
        body.put("buyerName", buyer);
        body.put("destinationCountry", "vn");
        body.put("currency", "CNY");
        body.put("incoterm", "fob");
        body.put("namedPlace", "Ningbo");
        body.put("attribution", "DIRECT");
        body.put("expectedShipOn", "2027-03-01");
        body.put("lines", List.of(Map.of("category", "KNITTING", "model", "Circular knitting machine",
                "quantity", 3, "unitPrice", 186000.5)));
        return body;
    }

    @Test
    void an_order_posted_twice_with_one_key_is_stored_once() {
        String buyer = "Hanoi Knit " + UUID.randomUUID();
        String key = "erp-" + UUID.randomUUID();
        Map<String, Object> first = json(api.post().uri("/v1/orders").headers(h -> h.setBearerAuth(member))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(order(buyer))
                .exchange().expectStatus().isCreated().expectHeader().exists(HttpHeaders.LOCATION)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\""));
        Map<String, Object> again = json(api.post().uri("/v1/orders").headers(h -> h.setBearerAuth(member))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(order(buyer))
                .exchange().expectStatus().isCreated());

        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(db.sql("select count(*) as n from export_order where buyer_name = :b").bind("b", buyer)
                .map(r -> r.get("n", Long.class)).one().block()).isEqualTo(1);
        assertThat(first).containsEntry("destinationCountry", "VN").containsEntry("incoterm", "FOB")
                .containsEntry("stage", "QUOTED").containsEntry("nextStages", List.of("CONFIRMED", "CANCELLED"));
        assertThat(first.get("total")).isEqualTo(Map.of("amount", "558001.50", "currency", "CNY"));
        assertThat(first.get("totalCny")).isNull();
    }

    @Test
    void stages_move_with_if_match_and_a_stale_or_missing_version_changes_nothing() {
        String id = (String) json(send(HttpMethod.POST, "/v1/orders", member, order("Saigon Textile " + UUID.randomUUID()))
                .expectStatus().isCreated()).get("id");
        rates.set(actors.staff(), new FxRate(LocalDate.now(clock), "USD", new BigDecimal("7.2500"))).block();

        Map<String, Object> confirmed = json(api.post().uri("/v1/orders/" + id + "/stage")
                .headers(h -> h.setBearerAuth(member)).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("stage", "confirmed")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\""));
        assertThat(confirmed).containsEntry("stage", "CONFIRMED");
        assertThat(confirmed.get("totalCny")).isEqualTo(Map.of("amount", "558001.50", "currency", "CNY"));

        Map<String, Object> stale = json(api.put().uri("/v1/orders/" + id).headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order("Renamed")).exchange().expectStatus().isEqualTo(409));
        assertThat((String) stale.get("detail")).contains("已被其他人修改");
        json(send(HttpMethod.PUT, "/v1/orders/" + id, member, order("Renamed")).expectStatus().isBadRequest());

        Map<String, Object> skipped = json(api.post().uri("/v1/orders/" + id + "/stage")
                .headers(h -> h.setBearerAuth(member)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("stage", "PAID", "version", 2)).exchange()
                .expectStatus().isEqualTo(409));
        assertThat((String) skipped.get("detail")).isEqualTo("An order cannot go from Confirmed to Paid");
        assertThat(skipped.get("allowed")).isEqualTo(List.of("CANCELLED", "IN_PRODUCTION"));
        Map<String, Object> zh = json(send(HttpMethod.POST, "/v1/orders/" + id + "/stage", member,
                Map.of("stage", "PAID", "version", 2)).expectStatus().isEqualTo(409));
        assertThat((String) zh.get("detail")).isEqualTo("订单不能从“已确认”变为“已收款”");

        assertThat(json(api.get().uri("/v1/orders/" + id + "/stages").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isOk()).get("items")).asList().hasSize(2);
    }

    @Test
    void bad_orders_get_localised_problems_for_every_field_and_nothing_is_stored() {
        Map<String, Object> bad = order("");
        bad.put("currency", "XYZ");
        bad.put("incoterm", "FOBB");
        bad.put("attribution", null);
        bad.put("lines", List.of(Map.of("category", "WEAVING", "model", "Loom", "quantity", -1, "unitPrice", -5)));

        Map<String, Object> en = json(api.post().uri("/v1/orders").headers(h -> h.setBearerAuth(member))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).bodyValue(bad)
                .exchange().expectStatus().isBadRequest());
        Map<String, Object> zh = json(send(HttpMethod.POST, "/v1/orders", member, bad).expectStatus().isBadRequest());

        assertThat(fields(en)).containsKeys("buyerName", "currency", "incoterm", "attribution", "lines[0].quantity",
                "lines[0].unitPrice");
        assertThat(fields(en).get("incoterm")).startsWith("Choose one of the Incoterms 2020 rules");
        assertThat(fields(zh).get("lines[0].quantity")).isEqualTo("数量须为 1 到 10000 之间的整数");
        assertThat(db.sql("select count(*) as n from export_order where buyer_name = ''")
                .map(r -> r.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void member2_gets_404_from_every_call_on_firm_a_order_and_staff_see_it() {
        String id = (String) json(send(HttpMethod.POST, "/v1/orders", member, order("Da Nang Mills " + UUID.randomUUID()))
                .expectStatus().isCreated()).get("id");

        api.get().uri("/v1/orders/" + id).headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/v1/orders/" + id + "/stages").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isNotFound();
        Map<String, Object> replaced = order("Taken over");
        replaced.put("version", 1);
        send(HttpMethod.PUT, "/v1/orders/" + id, member2, replaced).expectStatus().isNotFound();
        send(HttpMethod.POST, "/v1/orders/" + id + "/stage", member2, Map.of("stage", "CANCELLED", "version", 1))
                .expectStatus().isNotFound();
        assertThat(items("/v1/orders?limit=500", member2)).extracting(o -> o.get("id")).doesNotContain(id);
        // The same calls work for firm A and staff read it: the 404s are scoping, not broken routes.
        assertThat(items("/v1/orders?limit=500", member)).extracting(o -> o.get("id")).contains(id);
        api.get().uri("/v1/orders/" + id).headers(h -> h.setBearerAuth(staff)).exchange().expectStatus().isOk();
        send(HttpMethod.POST, "/v1/orders/" + id + "/stage", member, Map.of("stage", "CANCELLED", "version", 1))
                .expectStatus().isOk();
    }

    @Test
    void the_openapi_description_lists_the_order_calls() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains("/v1/orders:", "/v1/orders/{id}:", "/v1/orders/{id}/stage:",
                "/v1/orders/{id}/stages:");
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> fields(Map<String, Object> problem) {
        Map<String, String> byField = new HashMap<>();
        for (Object p : (List<Object>) problem.get("errors")) {
            Map<String, Object> m = (Map<String, Object>) p;
            byField.put((String) m.get("field"), (String) m.get("message"));
        }
        return byField;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String uri, String token) {
        return (List<Map<String, Object>>) json(api.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()).get("items");
    }
}
