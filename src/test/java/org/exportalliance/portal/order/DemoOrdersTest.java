package org.exportalliance.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a newcomer sees of export orders when logging in as each demo user. */
@PortalTest
class DemoOrdersTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired OrderService orders;
    @Autowired FxRates rates;
    @Autowired Actors actors;

    /** Every order the actor sees, page by page: the demo history alone is over 500 orders, tests add more. */
    private List<ExportOrder> seen(org.exportalliance.portal.account.Actor actor) {
        List<ExportOrder> all = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<ExportOrder> page = orders.list(actor, offset, 500).collectList().block(WAIT);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
        }
    }

    @Test
    void firm_a_sees_its_orders_from_a_claimed_lead_a_fair_and_a_direct_quote() {
        List<ExportOrder> ours = seen(actors.member());

        assertThat(ours).anySatisfy(o -> {
            assertThat(o.buyerName()).isEqualTo("Tessitura Rossi S.p.A.");
            assertThat(o.attribution()).isEqualTo(Attribution.LEAD);
            assertThat(o.buyerId()).isNotNull();
            assertThat(o.stage()).isEqualTo(OrderStage.IN_PRODUCTION);
            assertThat(o.totalCny()).isNotNull();
        });
        assertThat(ours).anySatisfy(o -> {
            assertThat(o.attribution()).isEqualTo(Attribution.FAIR);
            assertThat(o.currency()).isEqualTo("INR");
            assertThat(o.stage()).isEqualTo(OrderStage.CONFIRMED);
        });
        assertThat(ours).anySatisfy(o -> assertThat(o.stage()).isEqualTo(OrderStage.QUOTED));
        assertThat(ours).noneMatch(o -> o.buyerName().startsWith("Dhaka Knit"));
    }

    @Test
    void firm_b_and_the_chain_leader_see_their_own_and_staff_see_all() {
        assertThat(seen(actors.member2())).anySatisfy(o -> {
            assertThat(o.buyerName()).startsWith("Dhaka Knit");
            assertThat(o.stage()).isEqualTo(OrderStage.SHIPPED);
        }).noneMatch(o -> o.buyerName().equals("Tessitura Rossi S.p.A."));
        assertThat(seen(actors.of("leader"))).anySatisfy(o -> assertThat(o.stage()).isEqualTo(OrderStage.PAID));
        assertThat(seen(actors.staff())).extracting(ExportOrder::buyerName)
                .contains("Tessitura Rossi S.p.A.", "Dhaka Knit Composite Ltd.", "Bursa Teks Dokuma A.Ş.");
        assertThat(rates.recent(10).collectList().block(WAIT)).isNotEmpty();
    }
}
