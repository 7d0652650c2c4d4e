package org.exportalliance.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.ReactiveGuard.onReactiveThread;

import java.time.Duration;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Fairs;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The services never block a reactive thread. BlockHound is installed in every test JVM before the portal starts
 * (support.BlockHoundEverywhere); each service call here runs on Reactor's non-blocking parallel scheduler, and the
 * database calls continue on Netty's event loops, which BlockHound guards as well.
 */
@PortalTest
class NonBlockingServicesTest {


    @Autowired FairService fairs;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService tokens;
    @Autowired FirmService firms;
    @Autowired AuditService audit;
    @Autowired LiveEvents live;
    @Autowired TransactionalOperator tx;
    @Autowired Actors actors;

    @BeforeEach
    void guard() {
        ReactiveGuard.install();
    }


    @Test
    void the_guard_is_armed_blocking_on_a_reactive_thread_fails() {
        onReactiveThread(() -> Mono.fromCallable(() -> {
            Thread.sleep(5);
            return 1;
        })).as(StepVerifier::create).expectError(BlockingOperationError.class).verify();
    }

    @Test
    void the_fair_catalogue_reads_and_writes_without_blocking() {
        Actor staff = actors.staff();
        onReactiveThread(() -> fairs.create(staff, Fairs.draft())
                .flatMap(created -> fairs.find(created.id()))
                .flatMap(found -> fairs.update(staff, found.id(), found.version(), found.toDraft()))
                .flatMap(updated -> fairs.cancel(staff, updated.id(), updated.version(), "test"))
                .flatMap(cancelled -> audit.countFor(FairService.TOPIC, cancelled.id())))
                .as(StepVerifier::create)
                .assertNext(count -> assertThat(count).isEqualTo(3))
                .verifyComplete();
        onReactiveThread(() -> fairs.search(new FairFilter(true, "AE", null, "Expo", false), FairSort.NAME,
                FairPage.of(0, 20)).collectList())
                .as(StepVerifier::create).expectNextCount(1).verifyComplete();
    }

    @Test
    void accounts_tokens_and_firms_never_block() {
        onReactiveThread(() -> accounts.authenticate("member", "demo1234"))
                .as(StepVerifier::create).assertNext(a -> assertThat(a.username()).isEqualTo("member"))
                .verifyComplete();
        Actor member = actors.member();
        onReactiveThread(() -> tokens.issue(member, "blockhound")
                .flatMap(token -> tokens.authenticate(token.secret())
                        .flatMap(actor -> tokens.revoke(actor, token.id()))))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
        onReactiveThread(() -> firms.firmOf(member))
                .as(StepVerifier::create).assertNext(f -> assertThat(f.id()).isEqualTo(member.firmId()))
                .verifyComplete();
        onReactiveThread(() -> accounts.usersOfFirm(member, member.firmId()).collectList())
                .as(StepVerifier::create).assertNext(users -> assertThat(users).hasSizeGreaterThanOrEqualTo(2))
                .verifyComplete();
    }

    @Autowired org.exportalliance.portal.delegation.DelegationService delegations;
    @Autowired org.exportalliance.portal.delegation.AllocationService allocation;
    @Autowired org.exportalliance.portal.notification.NotificationService notifications;

    @Test
    void delegations_allocation_and_notifications_never_block() {
        Actor staff = actors.staff();
        Actor member = actors.member();
        var d = org.exportalliance.portal.support.Delegations.open(fairs, delegations, staff, 2, "40", 6,
                org.exportalliance.portal.delegation.AllocationPolicy.SCORED);
        onReactiveThread(() -> delegations.apply(member, d.id(),
                        org.exportalliance.portal.support.Delegations.application(2, "18"))
                .flatMap(a -> allocation.score(staff, a.id(), 7).thenReturn(a))
                .flatMap(a -> allocation.allocate(staff, d.id()).thenReturn(a))
                .flatMap(a -> delegations.withdraw(member, a.id()))
                .flatMap(a -> notifications.unreadCount(member)))
                .as(StepVerifier::create)
                .assertNext(unread -> assertThat(unread).isPositive())
                .verifyComplete();
    }

    @Test
    void live_events_publish_and_fan_out_without_blocking() {
        String topic = "blockhound-" + UUID.randomUUID();
        StepVerifier.create(live.stream(topic).filter(e -> !e.isResync()).take(1))
                .then(() -> onReactiveThread(() -> tx.transactional(live.publish(topic, "x")))
                        .block(Duration.ofSeconds(5)))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Autowired org.exportalliance.portal.logistics.traveller.TravellerService travellers;
    @Autowired org.exportalliance.portal.logistics.traveller.InvitationLetters letters;

    @Test
    void travellers_with_their_sealed_passport_numbers_and_letters_never_block() {
        Actor staff = actors.staff();
        Actor member = actors.member();
        var d = org.exportalliance.portal.support.Delegations.open(fairs, delegations, staff, 2, "40", 6,
                org.exportalliance.portal.delegation.AllocationPolicy.FIFO);
        delegations.apply(member, d.id(), org.exportalliance.portal.support.Delegations.application(2, "18")).block();
        onReactiveThread(() -> travellers.add(member, d.id(), org.exportalliance.portal.support.Travellers.zhangWei())
                .flatMap(t -> travellers.list(member, d.id()).then(travellers.revealPassport(member, t.id()))
                        .then(travellers.setVisaStatus(staff, t.id(),
                                org.exportalliance.portal.logistics.traveller.VisaStatus.APPLIED))
                        .then(letters.letter(member, t.id(), java.util.Locale.ENGLISH))))
                .as(StepVerifier::create)
                .assertNext(letter -> assertThat(letter.pdf()).isNotEmpty())
                .verifyComplete();
    }
}
