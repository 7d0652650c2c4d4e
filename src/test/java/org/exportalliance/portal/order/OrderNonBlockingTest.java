package org.exportalliance.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.ReactiveGuard.onReactiveThread;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/**
 * Orders and FX rates never block a reactive thread: the rules (the currency list), the attribution check against
 * delegations, the stage moves with the FX snapshot and its refusal. Runs in the BlockHound-guarded JVM.
 */
@PortalTest
class OrderNonBlockingTest {

    @Autowired OrderService orders;
    @Autowired FxRates rates;
    @Autowired Actors actors;
    @Autowired Clock clock;

    @BeforeEach
    void guard() {
        ReactiveGuard.install();
    }

    @Test
    void recording_confirming_and_refusing_orders_never_block() {
        Actor member = actors.member();
        Actor staff = actors.staff();
        LocalDate today = LocalDate.now(clock);
        OrderDraft draft = new OrderDraft("Tecelagem Paulista Ltda.", "BR", "BRL", "CFR", "Santos", "DIRECT", null,
                null, today.plusDays(30), today.plusDays(90),
                List.of(new OrderLineDraft("WEAVING", "Water-jet loom", 6, new BigDecimal("41000.00"))));

        onReactiveThread(() -> rates.set(staff, new FxRate(today, "BRL", new BigDecimal("1.3100")))
                .then(rates.set(staff, new FxRate(today, "USD", new BigDecimal("7.2500")))))
                .as(StepVerifier::create).expectNextCount(1).verifyComplete();
        ExportOrder order = onReactiveThread(() -> orders.create(member, draft)).block();
        onReactiveThread(() -> orders.advance(member, order.id(), order.version(), OrderStage.CONFIRMED, null))
                .as(StepVerifier::create).assertNext(o -> assertThat(o.fx()).isNotNull()).verifyComplete();
        onReactiveThread(() -> orders.list(member, 0, 20).collectList())
                .as(StepVerifier::create).assertNext(list -> assertThat(list).isNotEmpty()).verifyComplete();
        onReactiveThread(() -> orders.advance(member, order.id(), order.version(), OrderStage.PAID, null))
                .as(StepVerifier::create).expectError().verify();
    }
}
