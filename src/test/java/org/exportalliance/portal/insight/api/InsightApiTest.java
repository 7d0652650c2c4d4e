package org.exportalliance.portal.insight.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.Derivations;
import org.exportalliance.portal.support.PortalApiTest;
import org.exportalliance.portal.support.WonOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The alliance aggregates as an ERP or a curious member gets them: suppression applied to every caller but staff,
 * so a figure one firm built appears nowhere in the answer, not even as a difference of what is there. Works in
 * 2008, a year no other test's orders reach.
 */
class InsightApiTest extends PortalApiTest {

    private static final int YEAR = 2008;

    @Autowired Actors actors;
    @Autowired WonOrders won;
    @Autowired OrderService orders;

    @Test
    void a_market_month_one_firm_built_reaches_staff_only_and_cannot_be_worked_out_from_the_members_answer() {
        for (String user : List.of("member", "member2", "leader")) {
            won.won(actors.of(user), "KE", LocalDate.of(YEAR, 3, 4), "200000").block();
            won.won(actors.of(user), "KE", LocalDate.of(YEAR, 5, 4), "300000").block();
            won.won(actors.of(user), "TZ", LocalDate.of(YEAR, 3, 6), "500000").block();
            won.won(actors.of(user), "TZ", LocalDate.of(YEAR, 4, 6), "600000").block();
        }
        won.won(actors.member(), "KE", LocalDate.of(YEAR, 4, 9), "4321.09").block();

        String asMember2 = get("member2");
        String asStaff = get("staff");

        assertThat(asStaff).contains("\"cny\":4321.09,").contains("\"staffView\":true");
        assertThat(asMember2).doesNotContain("\"cny\":4321.09,").contains("\"staffView\":false")
                .contains("\"withheld\":true");
        Map<String, Object> body = json("member2");
        @SuppressWarnings("unchecked")
        Map<String, Object> markets = (Map<String, Object>) body.get("markets");
        boolean[][] pattern = pattern(markets);
        // The attacker: every shown figure and every relation between them. Nothing withheld follows.
        for (int r = 0; r < pattern.length; r++) {
            for (int c = 0; c < pattern[r].length; c++) {
                if (pattern[r][c]) {
                    assertThat(Derivations.derivable(pattern, r, c))
                            .as("cell %d, %d", r, c).isFalse();
                }
            }
        }
    }

    @Test
    void a_year_that_is_not_a_number_or_out_of_range_is_refused_in_the_callers_language() {
        api.get().uri("/v1/insight/alliance?year=abc").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isBadRequest();
        api.get().uri("/v1/insight/alliance?year=1999").headers(h -> {
                    h.setBearerAuth(member);
                    h.set("Accept-Language", "en");
                }).exchange()
                .expectStatus().is4xxClientError()
                .expectBody(String.class).value(text -> assertThat(text).contains("The year must be between 2000"));
        api.get().uri("/v1/insight/alliance").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void a_firm_gets_its_own_figures_only() {
        won.won(actors.member2(), "UG", LocalDate.of(YEAR + 1, 2, 2), "777777.77").block();
        String own = api.get().uri("/v1/insight/firm?year=" + (YEAR + 1))
                .headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String other = api.get().uri("/v1/insight/firm?year=" + (YEAR + 1))
                .headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(own).contains("\"cny\":777777.77,").contains("\"UG\"");
        assertThat(other).doesNotContain("777777.77").doesNotContain("\"UG\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_firms_own_stage_table_follows_the_year_and_a_cancelled_order_is_never_won_value() {
        ExportOrder order = won.won(actors.member2(), "RW", LocalDate.of(2013, 6, 3), "424242.42").block();
        orders.advance(actors.member2(), order.id(), order.version(), OrderStage.CANCELLED, LocalDate.of(2013, 6, 4))
                .block();

        Map<String, Object> body = api.get().uri("/v1/insight/firm?year=2013")
                .headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        List<Map<String, Object>> stages = (List<Map<String, Object>>) body.get("stages");
        assertThat(stages).singleElement().satisfies(stage -> {
            assertThat(stage).containsEntry("stage", "CANCELLED").containsEntry("orders", 1);
            assertThat(stage.get("cny")).isNull();
        });
        assertThat(body.toString()).doesNotContain("424242");
    }

    private String get(String user) {
        return api.get().uri("/v1/insight/alliance?year=" + YEAR)
                .headers(h -> h.setBearerAuth(ApiClient.token(port, user))).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String user) {
        return api.get().uri("/v1/insight/alliance?year=" + YEAR)
                .headers(h -> h.setBearerAuth(ApiClient.token(port, user))).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Which cells of the markets table (rows, then the total row; months, then the year) have no figure. */
    @SuppressWarnings("unchecked")
    private static boolean[][] pattern(Map<String, Object> markets) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>((List<Map<String, Object>>) markets.get("markets"));
        rows.add((Map<String, Object>) markets.get("total"));
        boolean[][] pattern = new boolean[rows.size()][13];
        for (int r = 0; r < rows.size(); r++) {
            List<Map<String, Object>> months = (List<Map<String, Object>>) rows.get(r).get("months");
            for (int c = 0; c < 12; c++) {
                pattern[r][c] = months.get(c).get("figure") == null;
            }
            pattern[r][12] = ((Map<String, Object>) rows.get(r).get("year")).get("figure") == null;
        }
        return pattern;
    }
}
