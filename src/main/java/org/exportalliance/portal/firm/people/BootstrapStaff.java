package org.exportalliance.portal.firm.people;

import java.time.Duration;
import java.util.Set;
import org.exportalliance.portal.account.AccountChanges;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.NewUser;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.db.AdvisoryLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Outside demo mode nobody could sign in to a fresh database. With {@code PORTAL_BOOTSTRAP_STAFF_USERNAME} and
 * {@code PORTAL_BOOTSTRAP_STAFF_PASSWORD} set, the first start registers the association and that staff account;
 * later starts leave an existing account alone. Without them it does nothing: the bean exists either way and asks at
 * start, because a condition on the bean would be fixed at build time by Spring AOT.
 */
@Component
@Order(5)
class BootstrapStaff implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapStaff.class);
    static final int MIN_PASSWORD = 12;

    private final FirmService firms;
    private final AccountService accounts;
    private final AccountChanges changes;
    private final AdvisoryLocks locks;
    private final TransactionalOperator tx;
    private final String username;
    private final String password;
    private final boolean demo;

    BootstrapStaff(FirmService firms, AccountService accounts, AccountChanges changes, AdvisoryLocks locks,
            TransactionalOperator tx,
            @Value("${portal.bootstrap.staff-username:}") String username,
            @Value("${portal.bootstrap.staff-password:}") String password,
            @Value("${portal.demo.enabled:false}") boolean demo) {
        this.firms = firms;
        this.accounts = accounts;
        this.changes = changes;
        this.locks = locks;
        this.tx = tx;
        this.username = username.strip();
        this.password = password;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty()) {
            return;
        }
        if (demo) {
            log.info("Demo mode has its own staff login; PORTAL_BOOTSTRAP_STAFF_USERNAME is ignored");
            return;
        }
        if (password.length() < MIN_PASSWORD) {
            throw new IllegalStateException("PORTAL_BOOTSTRAP_STAFF_PASSWORD must have at least " + MIN_PASSWORD
                    + " characters");
        }
        Mono<Void> bootstrap = locks.await(FirmService.REGISTRATION_LOCK)
                .then(accounts.findByUsername(username).hasElement())
                .flatMap(exists -> exists ? Mono.empty() : create());
        tx.transactional(bootstrap).block(Duration.ofMinutes(1));
    }

    private Mono<Void> create() {
        return firms.association()
                .switchIfEmpty(Mono.defer(() -> firms.create("新昌县纺织机械行业协会",
                        "Xinchang Textile Machinery Industry Association", FirmKind.ASSOCIATION, "CORE", "新昌 Xinchang")))
                .flatMap(association -> accounts.create(new NewUser(association.id(), username, username, null,
                        password, Set.of(Role.STAFF), "zh-CN", false)))
                // The password came through the environment: it is replaced, and a second factor enrolled, at the
                // first sign-in (SignInStage).
                .flatMap(user -> changes.demandPasswordChange(user.id()).thenReturn(user))
                .doOnNext(user -> log.info("Created the staff account '{}' for the association; it sets a new password"
                        + " and a second factor at its first sign-in", user.username()))
                .then();
    }
}
