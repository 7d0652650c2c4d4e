package org.exportalliance.portal.delegation.ledger.demo;

import java.math.BigDecimal;
import java.util.List;
import org.exportalliance.portal.delegation.demo.DemoLogisticsDelegation;
import org.exportalliance.portal.delegation.ledger.CostItemDraft;
import org.exportalliance.portal.delegation.ledger.CostKind;
import org.exportalliance.portal.delegation.ledger.LedgerService;
import org.exportalliance.portal.delegation.ledger.SplitRule;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enters the shared costs of the demo logistics delegation ({@link DemoLogisticsDelegation}): booth rent and freight
 * by area, the pavilion build equally, interpreters per traveller, and a county subsidy. Once, when the delegation
 * has no cost items yet.
 */
@Component
@Order(36)
class DemoCosts implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoCosts.class);
    private static final List<CostItemDraft> ITEMS = List.of(
            new CostItemDraft(CostKind.BOOTH_RENT, "ITME 光地展位租金（66 m²）", new BigDecimal("79200.00"),
                    SplitRule.BY_AREA),
            new CostItemDraft(CostKind.PAVILION_BUILD, "新昌区域展馆特装搭建", new BigDecimal("45000.00"),
                    SplitRule.EQUAL),
            new CostItemDraft(CostKind.FREIGHT, "展品海运拼箱 宁波—孟买", new BigDecimal("38500.00"),
                    SplitRule.BY_AREA),
            new CostItemDraft(CostKind.INTERPRETERS, "随团翻译 3 名 × 5 天", new BigDecimal("18000.00"),
                    SplitRule.PER_TRAVELLER),
            new CostItemDraft(CostKind.SUBSIDY, "新昌县商务局境外参展补贴", new BigDecimal("30000.00"),
                    SplitRule.EQUAL));

    private final DemoLogisticsDelegation demo;
    private final LedgerService ledger;

    DemoCosts(DemoLogisticsDelegation demo, LedgerService ledger) {
        this.demo = demo;
        this.ledger = ledger;
    }

    @Override
    public void seed() {
        demo.seedOnce("cost_item", d -> demo.actor("staff")
                .flatMap(staff -> Flux.fromIterable(ITEMS).concatMap(item -> ledger.addItem(staff, d, item))
                        .then(Mono.fromRunnable(() -> log.info("Seeded the demo delegation's shared costs")))));
    }
}
