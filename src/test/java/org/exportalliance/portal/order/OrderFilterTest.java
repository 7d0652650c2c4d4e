package org.exportalliance.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The orders list narrows in the query, and never past the firm scope: a firm finds only its own orders. */
@PortalTest
class OrderFilterTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired OrderService orders;
    @Autowired FirmService firms;
    @Autowired Actors actors;
    @Autowired Clock clock;

    private ExportOrder order(Actor actor, String buyer, String country, String currency, String category,
            String model) {
        return orders.create(actor, new OrderDraft(buyer, country, currency, "FOB", "Ningbo", "DIRECT", null, null,
                null, null, List.of(new OrderLineDraft(category, model, 1, new BigDecimal("1000"))))).block(WAIT);
    }

    private List<UUID> found(Actor actor, OrderFilter filter) {
        return orders.list(actor, filter, 0, 500).map(ExportOrder::id).collectList().block(WAIT);
    }

    private static OrderFilter text(String text) {
        return new OrderFilter(text, null, null, null, null, null);
    }

    @Test
    void text_matches_the_buyer_and_a_lines_model_but_only_among_the_firms_own_orders() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ExportOrder own = order(actors.member(), "Filtro Tessile " + tag, "IT", "EUR", "WEAVING", "JAT-" + tag);
        ExportOrder others = order(actors.member2(), "Filtro Tessile " + tag, "IT", "EUR", "WEAVING", "JAT-" + tag);

        assertThat(found(actors.member(), text("filtro tessile " + tag))).containsExactly(own.id());
        assertThat(found(actors.member(), text("jat-" + tag))).containsExactly(own.id());
        assertThat(found(actors.member2(), text(tag))).containsExactly(others.id());
        assertThat(found(actors.staff(), text(tag))).containsExactlyInAnyOrder(own.id(), others.id());
        assertThat(found(actors.member(), text("100%_" + tag))).as("wildcards are literal").isEmpty();
    }

    @Test
    void staff_find_a_firms_orders_by_its_name_and_anyone_by_a_categorys_name() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ExportOrder others = order(actors.member2(), "Buyer " + tag, "BD", "USD", "KNITTING", "K-" + tag);
        Firm firmB = firms.firmOf(actors.member2()).block(WAIT);
        MachineCategory knitting = firms.categories().filter(c -> c.code().equals("KNITTING")).blockFirst(WAIT);

        assertThat(found(actors.staff(), text(firmB.nameZh()))).contains(others.id());
        assertThat(found(actors.member(), text(firmB.nameZh()))).as("a member searches its own orders only")
                .doesNotContain(others.id());
        assertThat(found(actors.member2(), text(knitting.nameZh()))).contains(others.id());
        assertThat(found(actors.member2(), text(knitting.nameEn().toUpperCase()))).contains(others.id());
    }

    @Test
    void stage_days_currency_and_destination_narrow_the_list() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ExportOrder euro = order(actors.member(), "Stage " + tag, "DE", "EUR", "WEAVING", "S-" + tag);
        ExportOrder dollar = order(actors.member(), "Stage " + tag, "US", "USD", "WEAVING", "S-" + tag);
        LocalDate today = LocalDate.now(clock);

        assertThat(found(actors.member(), new OrderFilter(tag, OrderStage.QUOTED, today, today, null, null)))
                .containsExactlyInAnyOrder(euro.id(), dollar.id());
        assertThat(found(actors.member(), new OrderFilter(tag, OrderStage.PAID, null, null, null, null))).isEmpty();
        assertThat(found(actors.member(), new OrderFilter(tag, null, today.plusDays(1), null, null, null))).isEmpty();
        assertThat(found(actors.member(), new OrderFilter(tag, null, null, today.minusDays(1), null, null)))
                .isEmpty();
        assertThat(found(actors.member(), new OrderFilter(tag, null, null, null, "usd", null)))
                .containsExactly(dollar.id());
        assertThat(found(actors.member(), new OrderFilter(tag, null, null, null, null, "DE")))
                .containsExactly(euro.id());
    }
}
