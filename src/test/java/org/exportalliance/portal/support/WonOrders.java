package org.exportalliance.portal.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderDraft;
import org.exportalliance.portal.order.OrderLineDraft;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Orders won on a given day, in CNY (USD at 7 to the CNY unless a rate is already kept), for the insight tests. */
@Component
public class WonOrders {

    private final OrderService orders;
    private final DatabaseClient db;

    WonOrders(OrderService orders, DatabaseClient db) {
        this.orders = orders;
        this.db = db;
    }

    public Mono<ExportOrder> won(Actor firm, String destination, LocalDate day, String cny) {
        OrderDraft draft = new OrderDraft("Buyer in " + destination, destination, "CNY", "FOB", "Ningbo", "DIRECT",
                null, null, null, null, List.of(new OrderLineDraft("WEAVING", "Rapier loom", 1, new BigDecimal(cny))),
                day);
        return db.sql("""
                        insert into fx_rate (rate_date, currency, cny, entered_at) values (:day, 'USD', 7, now())
                        on conflict do nothing""")
                .bind("day", day).then()
                .then(orders.create(firm, draft))
                .flatMap(o -> orders.advance(firm, o.id(), o.version(), OrderStage.CONFIRMED, day));
    }
}
