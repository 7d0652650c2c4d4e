package org.exportalliance.portal.firm.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.membership.CreditCode;
import org.exportalliance.portal.firm.membership.MemberDraft;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.Membership;
import org.exportalliance.portal.firm.membership.MembershipChange;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.firm.people.InvitationDraft;
import org.exportalliance.portal.firm.people.InvitationService;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The member register of the demo: every firm gets its credit code, contact and joining date; one former member has
 * left the alliance; firm A's admin has a colleague's invitation pending. Staff see it under 会员企业, the admin under
 * 我的企业.
 */
@Component
@Order(12)
class DemoMembership implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoMembership.class);
    static final long SEED_LOCK = 7_100_002L;
    /** 91 (an enterprise) + 330624 (新昌县) + a made-up organisation code. */
    private static final String PREFIX = "91330624";
    private static final Map<String, String> CONTACTS = Map.of(
            "CHAIN_LEADER", "陈立", "MEMBER", "李娜", "ASSOCIATION", "王敏");

    private final FirmService firms;
    private final MembershipService members;
    private final InvitationService invitations;
    private final DemoSeeding demo;

    DemoMembership(FirmService firms, MembershipService members, InvitationService invitations,
            DemoSeeding demo) {
        this.firms = firms;
        this.members = members;
        this.invitations = invitations;
        this.demo = demo;
    }

    @Override
    public void seed() {
        demo.run(SEED_LOCK, staff().flatMap(staff -> members.list(staff, null, null, 0, 500)
                        .any(f -> f.creditCode() != null)).map(seeded -> !seeded).defaultIfEmpty(false),
                this::register);
    }

    private Mono<Actor> staff() {
        return demo.actor("staff");
    }

    private Mono<Void> register() {
        log.info("Seeding the demo member register");
        LocalDate today = LocalDate.now(demo.clock());
        return staff().flatMap(staff -> members.list(staff, null, null, 0, 500)
                .index()
                .concatMap(indexed -> register(staff, indexed.getT2(), indexed.getT1().intValue(), today))
                .then(former(staff, today))
                .then(pendingInvitation()));
    }

    private Mono<MemberFirm> register(Actor staff, MemberFirm firm, int index, LocalDate today) {
        return firms.categoriesOf(firm.id()).flatMap(categories -> members.edit(staff, firm.id(), firm.version(),
                new MemberDraft(firm.nameZh(), firm.nameEn(), firm.kind(), firm.tier(), firm.city(),
                        List.copyOf(categories), code(index), CONTACTS.getOrDefault(firm.kind().name(), "李娜"),
                        "0575-8612 " + (3000 + index), "office" + index + "@demo.invalid",
                        today.minusYears(2 + index % 5).withDayOfYear(1 + index * 17))));
    }

    private Mono<Void> former(Actor staff, LocalDate today) {
        return members.enrol(staff, new MemberDraft("新昌城南纺机有限公司", "Xinchang Chengnan Textile Machinery Co., Ltd.",
                        FirmKind.MEMBER, "ASSOCIATE", "新昌 Xinchang", List.of(), code(40), "周杰", "0575-8612 4040",
                        null, today.minusYears(6)))
                .flatMap(firm -> members.change(staff, firm.id(), MembershipChange.END,
                        "企业转产，申请退出联盟 / The firm changed trade and asked to leave"))
                .filter(firm -> firm.membership() == Membership.ENDED)
                .then();
    }

    private Mono<Void> pendingInvitation() {
        return demo.actor("firmadmin")
                .flatMap(admin -> invitations.invite(admin, admin.firmId(), new InvitationDraft(
                        "sales.manager@demo.invalid", List.of(Role.MEMBER), "zh-CN")))
                .then();
    }

    /** A valid code of the demo's own, distinct per firm. */
    static String code(int index) {
        return CreditCode.withCheckCharacter(PREFIX + String.format("MA2%06d", 100 + index));
    }

}
