package org.exportalliance.portal.lead.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.exportalliance.portal.lead.ContactDraft;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.ClaimDecisions;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Seeds the lead exchange so each demo user sees it at work: what the demo firms make; the chain leader's alliance
 * leads from the last ITMA; firm A's and firm B's private leads and a lead shared with firm B only; firm A's claim
 * on Tessitura Rossi (approved, contacted) and firm B's on Dhaka Knit (quoted); and firm B's own entry of Tessitura
 * Rossi, which conflict detection flags for staff and shows firm B only as the blind signal.
 */
@Component
@Order(40)
class DemoLeads implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoLeads.class);
    private static final long SEED_LOCK = 7_100_040L;

    private final LeadService leads;
    private final ClaimService claims;
    private final ClaimDecisions decisions;
    private final FirmService firms;
    private final FairService fairs;
    private final DemoSeeding demo;

    DemoLeads(LeadService leads, ClaimService claims, ClaimDecisions decisions, FirmService firms, FairService fairs,
            DemoSeeding demo) {
        this.leads = leads;
        this.claims = claims;
        this.decisions = decisions;
        this.firms = firms;
        this.fairs = fairs;
        this.demo = demo;
    }

    @Override
    public void seed() {
        demo.run(SEED_LOCK, demo.check("select not exists (select 1 from lead)"),
                () -> Mono.zip(demo.actor("staff"), demo.actor("leader"), demo.actor("member"), demo.actor("member2"))
                        .zipWith(lastItma().map(Fair::id).map(java.util.Optional::of)
                                .defaultIfEmpty(java.util.Optional.empty()))
                        .flatMap(t -> seed(t.getT1().getT1(), t.getT1().getT2(), t.getT1().getT3(),
                                t.getT1().getT4(), t.getT2().orElse(null))));
    }

    private Mono<Void> seed(Actor staff, Actor leader, Actor member, Actor member2, @Nullable UUID itma) {
        return firms.setCategories(staff, member.firmId(), Set.of("WEAVING", "SPINNING"))
                .then(firms.setCategories(staff, member2.firmId(), Set.of("WEAVING", "KNITTING")))
                .then(firms.setCategories(staff, leader.firmId(), Set.of("SPINNING", "WEAVING", "BEARINGS_PARTS")))
                .then(create(leader, lead("Tessitura Rossi S.p.A.", "IT", "Como", "tessitura-rossi-demo.it",
                        contact("Marco Rossi", "Direttore acquisti", "marco.rossi@tessitura-rossi-demo.it",
                                "+39 031 555 0123", null, "+39 333 123 4567"),
                        Set.of("WEAVING"), "420000", "EUR", LeadSource.FAIR, itma,
                        "在 ITMA 展位洽谈，计划更新 24 台剑杆织机。", Visibility.ALLIANCE, Set.of())))
                .flatMap(rossi -> create(leader, lead("Dhaka Knit Composite Ltd", "BD", "Gazipur", "dhakaknit-demo.com.bd",
                                contact("Rahim Uddin", "GM Production", "rahim@dhakaknit-demo.com.bd", "+880 1711 234567",
                                        null, "+880 1711 234567"),
                                Set.of("KNITTING"), "180000", "USD", LeadSource.FAIR, itma,
                                "Needs 12 circular knitting machines before Q3.", Visibility.ALLIANCE, Set.of()))
                        .flatMap(dhaka -> create(leader, lead("Arvind Mills Pvt. Ltd.", "IN", "Ahmedabad",
                                        "arvind-demo.in", contact("Priya Shah", "Head of Sourcing",
                                                "priya.shah@arvind-demo.in", "+91 79 6826 8000", null, null),
                                        Set.of("SPINNING"), "950000", "USD", LeadSource.CHAIN_REFERRAL, null,
                                        "链主推荐：纺纱车间扩产二期。", Visibility.ALLIANCE, Set.of()))
                                .then(create(leader, lead("PT Sinar Jaya Tekstil Tbk", "ID", "Bandung", null,
                                        contact("Budi Santoso", "Purchasing", "budi@sinarjaya-demo.co.id",
                                                "+62 22 7512345", null, null),
                                        Set.of("DYEING_FINISHING"), null, null, LeadSource.OVERSEAS_TRADE_ZONE, null,
                                        "Shared with firm B only: it quoted this buyer before.", Visibility.SELECTED,
                                        Set.of(member2.firmId()))))
                                .then(create(member, lead("Vinatex Co., Ltd.", "VN", "Ho Chi Minh City",
                                        "vinatex-demo.com.vn", contact("Nguyen Van An", "Technical manager",
                                                "an.nguyen@vinatex-demo.com.vn", "+84 28 3829 3025", "an_vinatex", null),
                                        Set.of("WEAVING"), "60000", "USD", LeadSource.INBOUND, null,
                                        "本企业自有客户，官网询盘。", Visibility.PRIVATE, Set.of())))
                                .then(create(member2, lead("Hilaturas Ferre, S.A.", "ES", "Banyeres de Mariola",
                                        "ferre-demo.es", contact("Lucía Ferre", "Compras", "lucia@ferre-demo.es",
                                                "+34 965 56 70 00", null, null),
                                        Set.of("SPINNING"), null, null, LeadSource.CROSS_BORDER_ECOMMERCE, null, "",
                                        Visibility.PRIVATE, Set.of())))
                                .then(claims.claim(member, rossi.id(), Set.of("WEAVING")))
                                .flatMap(claim -> decisions.approve(staff, claim.id(), "ITMA 展位上已建立联系 / met at ITMA")
                                        .then(claims.advance(member, claim.id(), ClaimStage.CONTACTED, null))
                                        .then(claims.logActivity(member, claim.id(),
                                                "视频会议演示 TM-760 剑杆织机 / video demo of the TM-760")))
                                .then(claims.claim(member2, dhaka.id(), Set.of("KNITTING")))
                                .flatMap(claim -> claims.advance(member2, claim.id(), ClaimStage.QUOTED, null))
                                // Firm B enters the same buyer its own way: one buyer, a recorded conflict, a blind signal.
                                .then(create(member2, lead("TESSITURA ROSSI SPA", "IT", "Como", null,
                                        contact("M. Rossi", "", null, "0039 031 5550123", null, null),
                                        Set.of("WEAVING"), null, null, LeadSource.INBOUND, null,
                                        "Enquiry by phone.", Visibility.PRIVATE, Set.of())))))
                .then(Mono.fromRunnable(() -> log.info("Seeded the demo leads and claims")));
    }

    private Mono<Lead> create(Actor actor, LeadDraft draft) {
        return leads.create(actor, draft).map(created -> created.lead());
    }

    private Mono<Fair> lastItma() {
        return fairs.search(new FairFilter(false, null, null, "ITMA", true), FairSort.START_DATE, FairPage.of(0, 20))
                .filter(f -> f.nameEn().matches("ITMA \\d{4}"))
                .next();
    }

    private static ContactDraft contact(String name, String title, @Nullable String email, String phone,
            @Nullable String wechat, @Nullable String whatsapp) {
        return new ContactDraft(name, title, email, phone, wechat, whatsapp);
    }

    private static LeadDraft lead(String company, String country, String city, @Nullable String website,
            ContactDraft contact, Set<String> categories, @Nullable String value, @Nullable String currency,
            LeadSource source, @Nullable UUID fair, String notes, Visibility visibility, Set<UUID> shareFirms) {
        return new LeadDraft(company, country, city, website, List.of(contact), categories,
                value == null ? null : new BigDecimal(value), currency, source, fair, notes, visibility, shareFirms,
                Set.of());
    }
}
