package org.exportalliance.portal.logistics.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.logistics.checklist.TestFirms.TestFirm;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.ReactiveGuard;
import org.exportalliance.portal.support.WithSmtpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The reminder job, e-mail included, never blocks a reactive thread: JavaMail's network I/O and the message bundles
 * run on bounded-elastic workers. BlockHound guards every test JVM (like platform/NonBlockingServicesTest,
 * with the same allowances: BlockHound installs once per JVM, whichever test comes first).
 */
class ChecklistRemindersNonBlockingTest extends WithSmtpServer {

    @Autowired ChecklistReminders reminders;
    @Autowired ChecklistService checklist;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired FirmService firms;
    @Autowired AccountService accounts;
    @Autowired Actors actors;
    @Autowired Clock clock;

    /** Installed once the portal has started, like platform/NonBlockingServicesTest. */
    @BeforeEach
    void guard() {
        ReactiveGuard.install();
    }

    @Test
    void the_guard_is_armed() {
        Mono.fromCallable(() -> {
            Thread.sleep(5);
            return 1;
        }).subscribeOn(Schedulers.parallel()).as(StepVerifier::create).expectError(BlockingOperationError.class)
                .verify();
    }

    @Test
    void reminding_and_e_mailing_run_without_blocking_a_reactive_thread() {
        TestFirm firm = TestFirms.create(firms, accounts, "zh-CN", "en");
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.FIFO);
        delegations.apply(firm.actor(), d.id(), Delegations.application(2, "18")).block(Duration.ofSeconds(30));
        String n = Long.toString(System.nanoTime() % 100_000_000, 36);
        checklist.add(actors.staff(), d.id(), new ChecklistItemDraft("签证材料 " + n, "Visa documents " + n, "",
                LocalDate.now(clock).minusDays(1), null)).block(Duration.ofSeconds(30));

        Mono.defer(reminders::run).subscribeOn(Schedulers.parallel())
                .as(StepVerifier::create)
                .assertNext(run -> {
                    assertThat(run.acted()).isTrue();
                    assertThat(run.failed()).isZero();
                    assertThat(run.emailed()).isGreaterThanOrEqualTo(2);
                })
                .expectComplete()
                .verify(Duration.ofSeconds(60));
        assertThat(mailsTo(firm.users().get(0).email(), n)).hasSize(1);
        assertThat(mailsTo(firm.users().get(1).email(), n)).hasSize(1);
    }
}
