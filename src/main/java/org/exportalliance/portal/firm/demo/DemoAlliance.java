package org.exportalliance.portal.firm.demo;

import java.util.List;
import java.util.Set;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.NewUser;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.exportalliance.portal.platform.db.SeedOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the demo alliance on the first start in demo mode: the association, two chain-leader firms, six member firms
 * and one login per role. Runs under an advisory lock so that two instances starting together seed once.
 */
@Component
@Order(10)
class DemoAlliance implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoAlliance.class);
    static final long SEED_LOCK = FirmService.REGISTRATION_LOCK;

    private final FirmService firms;
    private final AccountService accounts;
    private final SeedOnce seeding;
    private final String password;

    DemoAlliance(FirmService firms, AccountService accounts, SeedOnce seeding,
            @Value("${portal.demo.password}") String password) {
        this.firms = firms;
        this.accounts = accounts;
        this.seeding = seeding;
        this.password = password;
    }

    @Override
    public void seed() {
        seeding.run(SEED_LOCK, firms.count().map(count -> count == 0), this::seedFirmsAndUsers);
    }

    private Mono<Void> seedFirmsAndUsers() {
        log.info("Seeding the demo alliance");
        Mono<Firm> association = firms.create("新昌县纺织机械行业协会", "Xinchang Textile Machinery Industry Association",
                FirmKind.ASSOCIATION, "CORE", "新昌 Xinchang");
        Mono<Firm> leader = firms.create("浙江新昌精工纺机股份有限公司", "Zhejiang Xinchang Precision Textile Machinery Co., Ltd.",
                FirmKind.CHAIN_LEADER, "CORE", "新昌 Xinchang");
        Mono<Firm> leader2 = firms.create("新昌恒达轴承有限公司", "Xinchang Hengda Bearing Co., Ltd.",
                FirmKind.CHAIN_LEADER, "CORE", "新昌 Xinchang");
        Mono<Firm> firmA = firms.create("新昌县天姥纺织机械有限公司", "Xinchang Tianmu Textile Machinery Co., Ltd.",
                FirmKind.MEMBER, "STANDARD", "新昌 Xinchang");
        Mono<Firm> firmB = firms.create("浙江沃洲织造装备有限公司", "Zhejiang Wozhou Weaving Equipment Co., Ltd.",
                FirmKind.MEMBER, "STANDARD", "新昌 Xinchang");
        Flux<Firm> others = Flux.concat(
                firms.create("新昌大佛针织机械有限公司", "Xinchang Dafo Knitting Machinery Co., Ltd.",
                        FirmKind.MEMBER, "STANDARD", "新昌 Xinchang"),
                firms.create("新昌鼓山染整设备有限公司", "Xinchang Gushan Dyeing & Finishing Equipment Co., Ltd.",
                        FirmKind.MEMBER, "ASSOCIATE", "新昌 Xinchang"),
                firms.create("浙江七星无纺装备有限公司", "Zhejiang Qixing Nonwovens Equipment Co., Ltd.",
                        FirmKind.MEMBER, "STANDARD", "嵊州 Shengzhou"),
                firms.create("新昌澄潭纺机配件有限公司", "Xinchang Chengtan Textile Parts Co., Ltd.",
                        FirmKind.MEMBER, "ASSOCIATE", "新昌 Xinchang"));
        return Mono.zip(association, leader, firmA, firmB)
                .flatMap(f -> Flux.concat(
                                user(f.getT1(), "staff", "协会秘书处 王敏", Set.of(Role.STAFF)),
                                user(f.getT2(), "leader", "精工纺机 陈立", Set.of(Role.MEMBER, Role.CHAIN_LEADER)),
                                user(f.getT3(), "member", "天姥纺机 李娜", Set.of(Role.MEMBER)),
                                user(f.getT4(), "member2", "沃洲织造 张伟", Set.of(Role.MEMBER)),
                                user(f.getT3(), "firmadmin", "天姥纺机 赵强", Set.of(Role.MEMBER, Role.FIRM_ADMIN)))
                        .then())
                .then(leader2.then())
                .then(others.then());
    }

    private Mono<Void> user(Firm firm, String username, String displayName, Set<Role> roles) {
        return accounts.create(new NewUser(firm.id(), username, displayName, username + "@demo.invalid", password,
                roles, "zh-CN", true)).then();
    }

    /** The logins printed at start-up and listed in the README. */
    static List<String> logins() {
        return List.of(
                "staff      association staff (新昌县纺织机械行业协会)",
                "leader     chain-leader firm member (精工纺机)",
                "member     member of firm A (天姥纺机)",
                "member2    member of firm B (沃洲织造)",
                "firmadmin  admin of firm A (天姥纺机)",
                "lab        engineer of the shared lab, a responder unit (共享检测实验室)");
    }
}
