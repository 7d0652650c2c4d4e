package org.exportalliance.portal.logistics.checklist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.delegation.demo.DemoLogisticsDelegation;
import org.exportalliance.portal.logistics.checklist.ChecklistItemDraft;
import org.exportalliance.portal.logistics.checklist.ChecklistRules;
import org.exportalliance.portal.logistics.checklist.ChecklistService;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the checklist of the demo logistics delegation: five items, the first two already past their due date, and
 * the first one done by firm A. So firm B ({@code member2}) and the chain leader see two overdue items, firm A one,
 * staff see the matrix, and the reminder job's first run tells them in the app.
 */
@Component
@Order(33)
class DemoChecklist implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoChecklist.class);

    private final DemoLogisticsDelegation demo;
    private final ChecklistService checklist;
    private final Clock clock;

    DemoChecklist(DemoLogisticsDelegation demo, ChecklistService checklist, Clock clock) {
        this.demo = demo;
        this.checklist = checklist;
        this.clock = clock;
    }

    /** Title (zh), title (en), description, days from today. */
    private record Item(String zh, String en, String description, int days) {}

    private static final List<Item> ITEMS = List.of(
            new Item("提交护照复印件", "Send passport copies", "每位随团人员护照首页扫描件（PDF）", -6),
            new Item("签证材料", "Visa documents", "签证申请表、照片、在职证明，交协会统一递交", -2),
            new Item("展品装箱清单", "Exhibit packing list", "逐箱列明机型、重量、体积，供货代订舱", 2),
            new Item("缴纳团费", "Pay the delegation fee", "按费用结算单金额汇至协会账户", 4),
            new Item("确认行程与酒店", "Confirm itinerary and hotel", "", 6));

    @Override
    public void seed() {
        demo.seedOnce("checklist_item", this::seed);
    }

    private Mono<Void> seed(UUID delegationId) {
        LocalDate today = LocalDate.now(clock);
        return Mono.zip(demo.actor("staff"), demo.actor("member"), checklist.dueDates(delegationId))
                .flatMap(t -> Flux.fromIterable(ITEMS).index()
                        .concatMap(i -> checklist.add(t.getT1(), delegationId, new ChecklistItemDraft(i.getT2().zh(),
                                i.getT2().en(), i.getT2().description(), due(today, i.getT2().days(), t.getT3()),
                                i.getT1().intValue())))
                        .collectList()
                        // Firm A has sent its passport copies; nobody has the visa documents in yet.
                        .flatMap(items -> checklist.markDone(t.getT2(), items.getFirst().id(), null)))
                .doOnNext(done -> log.info("Seeded the demo checklist ({} items)", ITEMS.size()))
                .then();
    }

    /** {@code days} from today, kept within what the rules allow (an old demo database's fair may be long past). */
    private static LocalDate due(LocalDate today, int days, ChecklistRules.DueDates allowed) {
        LocalDate due = today.plusDays(days);
        return due.isAfter(allowed.latest()) ? allowed.latest() : due.isBefore(allowed.earliest())
                ? allowed.earliest() : due;
    }
}
