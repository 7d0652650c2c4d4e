package org.exportalliance.portal.request.demo;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.exportalliance.portal.request.LabSamples;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestClosing;
import org.exportalliance.portal.request.RequestDraft;
import org.exportalliance.portal.request.RequestHandling;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.request.ServiceRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Requests in every state, taken through the services as people would: firm A's and firm B's requests waiting for
 * triage, in the queue, dispatched, in progress, waiting on the firm, resolved, closed and rated, returned and
 * withdrawn; a lab test at the shared lab; and one urgent request its unit has left untaken past its deadline.
 */
@Component
@Order(61)
class DemoRequests implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);
    private static final long SEED_LOCK = 7_100_061L;

    private final RequestService requests;
    private final RequestTriage triage;
    private final RequestHandling handling;
    private final RequestClosing closing;
    private final Responders responders;
    private final DemoSeeding demo;
    private final DatabaseClient db;

    DemoRequests(RequestService requests, RequestTriage triage, RequestHandling handling, RequestClosing closing,
            Responders responders, DemoSeeding demo, DatabaseClient db) {
        this.requests = requests;
        this.triage = triage;
        this.handling = handling;
        this.closing = closing;
        this.responders = responders;
        this.demo = demo;
        this.db = db;
    }

    private record Cast(Actor staff, Actor member, Actor member2, Actor leader, Actor lab,
            Map<ResponderUnit.Kind, UUID> units) {}

    @Override
    public void seed() {
        demo.run(SEED_LOCK, demo.check("select not exists (select 1 from service_request)"),
                () -> Mono.zip(demo.actor("staff"), demo.actor("member"), demo.actor("member2"), demo.actor("leader"),
                                demo.actor(DemoResponders.LAB_USER),
                                responders.all().collectMap(ResponderUnit::kind, ResponderUnit::id))
                        .map(t -> new Cast(t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5(), t.getT6()))
                        .flatMap(this::seed));
    }

    private Mono<Void> seed(Cast c) {
        UUID desk = c.units().get(ResponderUnit.Kind.DEPARTMENT);
        UUID lab = c.units().get(ResponderUnit.Kind.LAB);
        UUID leaderUnit = c.units().get(ResponderUnit.Kind.CHAIN_LEADER);
        return Flux.concat(
                        file(c.member(), "CUSTOMS", "美国两用物项出口许可咨询", "我司电子提花机控制器是否需要申请两用物项出口许可？",
                                Priority.HIGH),
                        file(c.member2(), "VISA", "土耳其商务签证邀请函", "参加伊斯坦布尔 ITM 展会的三名员工需要商务签证邀请函。",
                                Priority.NORMAL).flatMap(r -> accept(c, r)),
                        file(c.member(), "POLICY", "2026 年境外展会补贴申报", "请问今年参加意大利 ITMA 的展位费补贴如何申报？",
                                Priority.NORMAL).flatMap(r -> accept(c, r)).flatMap(r -> dispatch(c, r, desk)),
                        file(c.member2(), "LOGISTICS", "展品 ATA 单证册办理", "两台圆纬机展品需要办理 ATA 单证册暂时进出境。",
                                Priority.HIGH).flatMap(r -> accept(c, r)).flatMap(r -> dispatch(c, r, desk))
                                .flatMap(r -> handling.take(c.staff(), r.id(), r.version())),
                        file(c.member(), "CUSTOMS", "越南原产地证书（E 表）", "出口越南的剑杆织机需要中国—东盟原产地证书。",
                                Priority.NORMAL).flatMap(r -> accept(c, r)).flatMap(r -> dispatch(c, r, desk))
                                .flatMap(r -> handling.take(c.staff(), r.id(), r.version()))
                                .flatMap(r -> handling.pause(c.staff(), r.id(), r.version(),
                                        "请上传商业发票和装箱单，并注明 HS 编码。")),
                        file(c.member(), "CERTIFICATION", "剑杆织机 CE 认证咨询", "出口欧盟的剑杆织机需要满足哪些 CE 指令和标准？",
                                Priority.NORMAL).flatMap(r -> accept(c, r)).flatMap(r -> dispatch(c, r, leaderUnit))
                                .flatMap(r -> handling.take(c.leader(), r.id(), r.version()))
                                .flatMap(r -> handling.resolve(c.leader(), r.id(), r.version(),
                                        "已提供机械指令 2006/42/EC 与 EN ISO 12100 风险评估模板，并推荐了两家公告机构。")),
                        file(c.member2(), "FINANCE", "出口信用保险投保", "孟加拉客户赊销 90 天，想了解出口信用保险的费率。",
                                Priority.NORMAL).flatMap(r -> accept(c, r)).flatMap(r -> dispatch(c, r, desk))
                                .flatMap(r -> handling.take(c.staff(), r.id(), r.version()))
                                .flatMap(r -> handling.resolve(c.staff(), r.id(), r.version(),
                                        "已对接中国信保绍兴办事处，客户限额已批复。"))
                                .flatMap(r -> closing.confirm(c.member2(), r.id(), r.version(), 5, "当天就有回复，非常及时。")),
                        file(c.member(), "OTHER", "海外仓合作伙伴推荐", "想找海外仓。", Priority.LOW)
                                .flatMap(r -> triage.returnToFirm(c.staff(), r.id(), r.version(),
                                        "请补充目标国家、货物体积和所需服务（仓储、清关、配送）。")),
                        file(c.member(), "TALENT", "外贸业务员招聘", "需要招聘两名西班牙语外贸业务员。", Priority.LOW)
                                .flatMap(r -> closing.withdraw(c.member(), r.id(), r.version())),
                        requests.file(c.member2(), new RequestDraft("LAB_TEST", "针织用涤纶长丝断裂强力检测",
                                        "三批来料，需在发货前出具检测报告。", Priority.NORMAL, null,
                                        new LabSamples(3, "涤纶长丝 150D/48F", "GB/T 3916-2013")))
                                .flatMap(r -> accept(c, r)).flatMap(r -> dispatch(c, r, lab))
                                .flatMap(r -> handling.take(c.lab(), r.id(), r.version())),
                        file(c.member2(), "CUSTOMS", "俄罗斯 EAC 认证清关", "货物已到莫斯科海关，缺少 EAC 证书，急需处理。",
                                Priority.URGENT).flatMap(r -> accept(c, r)).flatMap(r -> dispatch(c, r, desk))
                                .flatMap(this::overdue))
                .then()
                .then(Mono.fromRunnable(() -> log.info("Seeded the demo requests")));
    }

    private Mono<ServiceRequest> file(Actor firm, String category, String title, String description, Priority p) {
        return requests.file(firm, new RequestDraft(category, title, description, p, null, null));
    }

    private Mono<ServiceRequest> accept(Cast c, ServiceRequest r) {
        return triage.accept(c.staff(), r.id(), r.version());
    }

    private Mono<ServiceRequest> dispatch(Cast c, ServiceRequest r, UUID unit) {
        return triage.dispatch(c.staff(), r.id(), r.version(), unit);
    }

    /** Filed three days ago and dispatched two days ago, its take deadline a day behind it. */
    private Mono<ServiceRequest> overdue(ServiceRequest r) {
        OffsetDateTime now = OffsetDateTime.now(demo.clock());
        return db.sql("""
                        update service_request set filed_at = :filed, accepted_at = :dispatched,
                            dispatched_at = :dispatched, take_due_at = :due
                        where id = :id""")
                .bind("filed", now.minusDays(3)).bind("dispatched", now.minusDays(2)).bind("due", now.minusDays(1))
                .bind("id", r.id()).then().thenReturn(r);
    }
}
