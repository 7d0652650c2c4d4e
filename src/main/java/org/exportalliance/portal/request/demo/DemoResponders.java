package org.exportalliance.portal.request.demo;

import java.util.Set;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.NewUser;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.demo.DemoSeeding;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.Responders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The units that answer the demo's requests: the association's service desk (staff), the shared lab (the demo user
 * {@code lab}, a lab engineer of the association) and the chain leader's technical service ({@code leader}).
 */
@Component
@Order(60)
class DemoResponders implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoResponders.class);
    private static final long SEED_LOCK = 7_100_060L;
    static final String LAB_USER = "lab";

    private final Responders responders;
    private final AccountService accounts;
    private final DemoSeeding demo;
    private final String password;

    DemoResponders(Responders responders, AccountService accounts, DemoSeeding demo,
            @Value("${portal.demo.password}") String password) {
        this.responders = responders;
        this.accounts = accounts;
        this.demo = demo;
        this.password = password;
    }

    @Override
    public void seed() {
        demo.run(SEED_LOCK, demo.check("select not exists (select 1 from responder_unit)"),
                () -> Mono.zip(demo.actor("staff"), demo.actor("leader")).flatMap(a -> seed(a.getT1(), a.getT2())));
    }

    private Mono<Void> seed(Actor staff, Actor leader) {
        return labUser(staff)
                .flatMap(lab -> responders.create(staff, "协会企业服务台", "Association service desk",
                                ResponderUnit.Kind.DEPARTMENT, staff.userId(), Set.of(staff.userId()),
                                Set.of("CUSTOMS", "VISA", "CERTIFICATION", "LOGISTICS", "FINANCE", "POLICY", "TALENT",
                                        "OTHER"))
                        .then(responders.create(staff, "新昌纺机共享检测实验室", "Xinchang shared textile machinery lab",
                                ResponderUnit.Kind.LAB, lab.userId(), Set.of(lab.userId()),
                                Set.of("LAB_TEST", "CERTIFICATION")))
                        .then(responders.create(staff, "精工纺机技术服务", "Precision Textile Machinery technical service",
                                ResponderUnit.Kind.CHAIN_LEADER, leader.userId(), Set.of(leader.userId()),
                                Set.of("CERTIFICATION", "OTHER"))))
                .then(Mono.fromRunnable(() -> log.info("Seeded the demo responder units")));
    }

    /** The lab's engineer, of the association's firm but not staff: she sees the lab's queue, not everything. */
    private Mono<Actor> labUser(Actor staff) {
        return demo.actor(LAB_USER).switchIfEmpty(Mono.defer(() -> accounts.create(new NewUser(staff.firmId(),
                        LAB_USER, "共享实验室 赵静", LAB_USER + "@demo.invalid", password, Set.of(Role.MEMBER), "zh-CN",
                        true)))
                .then(demo.actor(LAB_USER)));
    }
}
