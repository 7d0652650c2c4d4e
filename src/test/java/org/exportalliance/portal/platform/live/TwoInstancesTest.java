package org.exportalliance.portal.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.ApiToken;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Fairs;
import org.exportalliance.portal.support.PortalInstances;
import org.exportalliance.portal.support.TwoPortals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.test.StepVerifier;

/**
 * Two portal instances on one PostgreSQL, as in production behind a load balancer: a fair created through instance A
 * reaches a subscriber on instance B through LISTEN/NOTIFY.
 */
class TwoInstancesTest {

    static TwoPortals portals;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        // The test runs offer expiry on both instances itself; the schedule would race it.
        portals = TwoPortals.start("--portal.delegation.expiry-check=PT1H",
                "--portal.delegation.expiry-initial-delay=PT1H",
                // Only a revocation's live event can then make an instance forget a token it checked.
                "--portal.api.token-recheck=PT1H");
        a = portals.a();
        b = portals.b();
    }

    @AfterAll
    static void stop() throws Exception {
        PortalInstances.stop(portals);
    }

    @Test
    void a_token_revoked_on_one_instance_is_refused_at_once_on_the_other_that_had_just_checked_it() {
        Duration wait = Duration.ofSeconds(10);
        var staff = a.getBean(AccountService.class).findByUsername("ops.admin").block(wait).asActor();
        ApiTokenService tokensOnA = a.getBean(ApiTokenService.class);
        ApiTokenService tokensOnB = b.getBean(ApiTokenService.class);
        ApiToken token = tokensOnA.issue(staff, "revoked elsewhere").block(wait);
        assertThat(tokensOnB.authenticate(token.secret()).block(wait)).isNotNull();
        assertThat(tokensOnA.revoke(staff, token.id()).block(wait)).isTrue();
        await().atMost(wait).until(() -> tokensOnB.authenticate(token.secret()).blockOptional(wait).isEmpty());
    }

    @Test
    void a_change_made_on_one_instance_reaches_a_subscriber_on_the_other() {
        var staff = a.getBean(AccountService.class).findByUsername("staff").block(Duration.ofSeconds(10)).asActor();
        FairService onA = a.getBean(FairService.class);
        FairService onB = b.getBean(FairService.class);
        Fair[] created = new Fair[1];
        String[] received = new String[1];
        StepVerifier.create(onB.changes().filter(e -> !e.isResync()).take(1))
                .then(() -> created[0] = onA.create(staff, Fairs.draft()).block(Duration.ofSeconds(10)))
                .consumeNextWith(event -> received[0] = event.id())
                .expectComplete()
                .verify(Duration.ofSeconds(20));
        assertThat(received[0]).isEqualTo(created[0].id().toString());
        assertThat(onB.find(created[0].id()).block(Duration.ofSeconds(5))).isEqualTo(created[0]);
    }

    @Test
    void a_step_on_a_request_taken_on_one_instance_reaches_its_page_on_the_other() {
        var accounts = a.getBean(AccountService.class);
        var staff = accounts.findByUsername("staff").block(Duration.ofSeconds(10)).asActor();
        var member = accounts.findByUsername("member").block(Duration.ofSeconds(10)).asActor();
        var onA = a.getBean(org.exportalliance.portal.request.RequestService.class);
        var triageOnA = a.getBean(org.exportalliance.portal.request.RequestTriage.class);
        var onB = b.getBean(org.exportalliance.portal.request.RequestService.class);
        var filed = onA.file(member, new org.exportalliance.portal.request.RequestDraft("VISA", "商务签证邀请函",
                "土耳其展会签证需要邀请函。", org.exportalliance.portal.request.Priority.NORMAL, null, null))
                .block(Duration.ofSeconds(10));
        String[] received = new String[1];
        StepVerifier.create(onB.changes().filter(e -> filed.id().toString().equals(e.id())).take(1))
                .then(() -> triageOnA.accept(staff, filed.id(), filed.version()).block(Duration.ofSeconds(10)))
                .consumeNextWith(event -> received[0] = event.id())
                .expectComplete()
                .verify(Duration.ofSeconds(20));
        assertThat(received[0]).isEqualTo(filed.id().toString());
        assertThat(onB.find(member, filed.id()).block(Duration.ofSeconds(5)).status())
                .as("the page on B reads the step taken on A").isEqualTo(
                        org.exportalliance.portal.request.RequestStatus.QUEUED);
    }

    @Test
    void a_shared_lead_reaches_open_lead_lists_on_the_other_instance_only_where_it_may_be_seen() throws Exception {
        var accounts = a.getBean(AccountService.class);
        var leader = accounts.findByUsername("leader").block(Duration.ofSeconds(10)).asActor();
        var member = accounts.findByUsername("member").block(Duration.ofSeconds(10)).asActor();
        var member2 = accounts.findByUsername("member2").block(Duration.ofSeconds(10)).asActor();
        var onA = a.getBean(org.exportalliance.portal.lead.LeadService.class);
        var onB = b.getBean(org.exportalliance.portal.lead.LeadService.class);
        java.util.List<java.util.UUID> toMember = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<java.util.UUID> toMember2 = new java.util.concurrent.CopyOnWriteArrayList<>();
        var memberList = onB.feed(member).subscribe(row -> toMember.add(row.lead().id()));
        var member2List = onB.feed(member2).subscribe(row -> toMember2.add(row.lead().id()));
        try {
            var onlyFirmA = onA.create(leader, org.exportalliance.portal.support.Leads.sharedWith(
                    org.exportalliance.portal.support.Leads.draft(org.exportalliance.portal.support.Leads.uniqueName(),
                            "PK", org.exportalliance.portal.lead.Visibility.SELECTED),
                    java.util.Set.of(member.firmId()), java.util.Set.of())).block(Duration.ofSeconds(10)).lead();
            var everybody = onA.create(leader, org.exportalliance.portal.support.Leads.draft(
                    org.exportalliance.portal.support.Leads.uniqueName(), "PK",
                    org.exportalliance.portal.lead.Visibility.ALLIANCE)).block(Duration.ofSeconds(10)).lead();

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((!toMember.contains(everybody.id()) || !toMember2.contains(everybody.id()))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(toMember).containsSubsequence(onlyFirmA.id(), everybody.id());
            // Each list reads events in order, so once the later lead arrived the earlier one had been weighed.
            assertThat(toMember2).contains(everybody.id()).doesNotContain(onlyFirmA.id());
        } finally {
            memberList.dispose();
            member2List.dispose();
        }
    }

    @Test
    void exactly_one_instance_expires_each_waitlist_offer() {
        var accounts = a.getBean(AccountService.class);
        var staff = accounts.findByUsername("staff").block(Duration.ofSeconds(10)).asActor();
        var member = accounts.findByUsername("member").block(Duration.ofSeconds(10)).asActor();
        var member2 = accounts.findByUsername("member2").block(Duration.ofSeconds(10)).asActor();
        var delegations = a.getBean(org.exportalliance.portal.delegation.DelegationService.class);
        var d = org.exportalliance.portal.support.Delegations.open(a.getBean(FairService.class), delegations, staff,
                1, "20", 4, org.exportalliance.portal.delegation.AllocationPolicy.FIFO);
        var placed = delegations.apply(member, d.id(),
                org.exportalliance.portal.support.Delegations.application(2, "18")).block(Duration.ofSeconds(10));
        var waiting = delegations.apply(member2, d.id(),
                org.exportalliance.portal.support.Delegations.application(2, "18")).block(Duration.ofSeconds(10));
        delegations.withdraw(member, placed.id()).block(Duration.ofSeconds(10));
        a.getBean(org.springframework.r2dbc.core.DatabaseClient.class)
                .sql("update delegation_application set offer_expires_at = now() - interval '1 second' where id = :id")
                .bind("id", waiting.id()).then().block(Duration.ofSeconds(5));

        var onA = a.getBean(org.exportalliance.portal.delegation.OfferExpiry.class);
        var onB = b.getBean(org.exportalliance.portal.delegation.OfferExpiry.class);
        var results = reactor.core.publisher.Mono.zip(
                        onA.run().subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()),
                        onB.run().subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .block(Duration.ofSeconds(30));
        int expiredByA = Math.max(0, results.getT1());
        int expiredByB = Math.max(0, results.getT2());
        assertThat(expiredByA + expiredByB).as("the one due offer expired once, on one instance").isEqualTo(1);
        long audited = a.getBean(org.springframework.r2dbc.core.DatabaseClient.class)
                .sql("select count(*) from audit_event where action = 'application.EXPIRED' and detail = :id")
                .bind("id", waiting.id().toString()).map(r -> r.get(0, Long.class)).one()
                .block(Duration.ofSeconds(5));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void an_external_database_is_not_in_demo_mode_unless_asked() {
        assertThat(a.getEnvironment().getProperty("portal.database.mode")).isEqualTo("external");
        assertThat(b.getEnvironment().getProperty("portal.demo.enabled")).isEqualTo("false");
        assertThat(a.getBean(AccountService.class).authenticate("staff", "demo1234").block(Duration.ofSeconds(10)))
                .as("demo login on the instance in demo mode").isNotNull();
        assertThat(b.getBean(AccountService.class).authenticate("staff", "demo1234").block(Duration.ofSeconds(10)))
                .as("the same demo login where demo mode is off").isNull();
    }

    @Test
    void outside_demo_mode_a_bootstrap_staff_account_is_created_for_the_association() {
        var ops = b.getBean(AccountService.class).authenticate("ops.admin", "correct horse battery staple")
                .block(Duration.ofSeconds(10));
        assertThat(ops).isNotNull();
        assertThat(ops.roles()).containsExactly(org.exportalliance.portal.account.Role.STAFF);
        assertThat(ops.demo()).isFalse();
        assertThat(org.exportalliance.portal.shell.SignInStage.next(ops, false))
                .as("its first sign-in sets a new password, then a second factor")
                .isEqualTo(org.exportalliance.portal.shell.SignInStage.NEW_PASSWORD);
        assertThat(org.exportalliance.portal.account.mfa.SecondFactors.required(ops)).isTrue();
        var association = b.getBean(org.exportalliance.portal.firm.FirmService.class).firmOf(ops.asActor())
                .block(Duration.ofSeconds(10));
        assertThat(association.kind()).isEqualTo(org.exportalliance.portal.firm.FirmKind.ASSOCIATION);
        assertThat(a.getBean(AccountService.class).findByUsername("ops.admin").block(Duration.ofSeconds(10)))
                .as("the demo instance ignored the bootstrap setting; the other one created it once")
                .isNotNull();
    }
}
