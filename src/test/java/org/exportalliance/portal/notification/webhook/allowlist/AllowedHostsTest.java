package org.exportalliance.portal.notification.webhook.allowlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.webhook.EndpointGuard;
import org.exportalliance.portal.notification.webhook.EndpointInPrivateNetwork;
import org.exportalliance.portal.platform.live.AnotherInstance;
import org.exportalliance.portal.platform.live.ListenerPause;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

@PortalTest
class AllowedHostsTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired AllowedHosts hosts;
    @Autowired AllowedHostSnapshots snapshots;
    @Autowired AllowedHostRepository repository;
    @Autowired EndpointGuard guard;
    @Autowired ApplicationContext portal;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;
    @Autowired Actors actors;

    /** A private /24 no other test uses: 10.a.b.0/24 with a and b at random. */
    static String privateBlock() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(100, 250) + "." + random.nextInt(1, 250);
    }

    String refusal(String url) {
        return guard.check(url).map(Object::toString).onErrorResume(e -> reactor.core.publisher.Mono.just(
                e.getClass().getSimpleName())).block(WAIT);
    }

    long audited(String action, UUID id) {
        return db.sql("select count(*) from audit_event where action = :action and subject_id = :id")
                .bind("action", action).bind("id", id.toString()).map(row -> row.get(0, Long.class)).one()
                .block(WAIT);
    }

    /** Until the live event of the change reached this instance and it dropped its copy. */
    void awaitDropped() throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (snapshots.holdsOne() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(snapshots.holdsOne()).as("dropped on the live event").isFalse();
    }

    @Test
    void an_endpoint_in_a_block_staff_allow_passes_the_guard_here_at_once_until_they_remove_the_block() {
        Actor staff = actors.staff();
        String net = privateBlock();
        String url = "http://" + net + ".7:8443/hooks/erp";
        assertThat(refusal(url)).isEqualTo(EndpointInPrivateNetwork.class.getSimpleName());
        // Without the listener: the guard here sees each change as it commits, not when its event returns.
        ListenerPause.during(portal, () -> staffChangeTheListAndTheGuardFollows(staff, net, url));
    }

    private void staffChangeTheListAndTheGuardFollows(Actor staff, String net, String url) {
        AllowedHost added = hosts.add(staff, new AllowedHostDraft(" " + net + ".99/24 ", "ERP on the office LAN"))
                .block(WAIT);
        assertThat(added.entry()).as("written one way").isEqualTo(net + ".0/24");
        assertThat(added.kind()).isEqualTo(AllowedHost.Kind.BLOCK);
        assertThat(added.addedBy()).isEqualTo(staff.userId());
        assertThat(refusal(url)).isEqualTo(url);
        assertThat(refusal("http://" + net.substring(0, net.lastIndexOf('.')) + ".251.7/"))
                .as("the next block is not listed").isEqualTo(EndpointInPrivateNetwork.class.getSimpleName());
        assertThat(hosts.list(staff).collectList().block(WAIT)).extracting(AllowedHost::entry).contains(net + ".0/24");
        assertThat(audited("webhook_allowed_host.added", added.id())).isEqualTo(1);

        assertThat(hosts.remove(staff, added.id()).block(WAIT).entry()).isEqualTo(net + ".0/24");
        assertThat(refusal(url)).isEqualTo(EndpointInPrivateNetwork.class.getSimpleName());
        assertThat(audited("webhook_allowed_host.removed", added.id())).isEqualTo(1);
        assertThat(catchThrowable(() -> hosts.remove(staff, added.id()).block(WAIT)))
                .isInstanceOf(AllowedHostNotFound.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0/0 | webhook.allowlist.everything",
            "::/0 | webhook.allowlist.everything",
            "169.254.169.254 | webhook.allowlist.metadata",
            "169.254.0.0/16 | webhook.allowlist.metadata",
            "100.64.0.0/10 | webhook.allowlist.metadata",
            "[fd00:ec2::254] | webhook.allowlist.metadata",
            "fd00::/8 | webhook.allowlist.metadata",
            "::ffff:169.254.169.254 | webhook.allowlist.metadata",
            "10.0.0.0/33 | webhook.allowlist.entry",
            "10.0.0.0/ | webhook.allowlist.entry",
            "http://10.0.0.1/ | webhook.allowlist.entry",
            "exa mple.com | webhook.allowlist.entry",
            "erp..local | webhook.allowlist.entry",
            "-erp.local | webhook.allowlist.entry",
            "中文.公司 | webhook.allowlist.entry",
            "fe80::1%eth0 | webhook.allowlist.entry",
            "'' | validation.required"})
    void entries_that_are_no_host_or_would_open_everything_or_a_metadata_service_are_refused(String entry,
            String problem) {
        Throwable refused = catchThrowable(() -> hosts.add(actors.staff(), new AllowedHostDraft(entry, "x"))
                .block(WAIT));
        assertThat(refused).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                .containsExactly(new FieldProblem("entry", problem)));
    }

    @Test
    void a_note_with_control_characters_or_too_long_and_an_entry_listed_in_another_spelling_are_refused() {
        Actor staff = actors.staff();
        assertThat(catchThrowable(() -> hosts.add(staff, new AllowedHostDraft("10.9.9.9", "a\u0000b")).block(WAIT)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("note"));
        assertThat(catchThrowable(() -> hosts.add(staff, new AllowedHostDraft("10.9.9.9", "x".repeat(201)))
                .block(WAIT))).isInstanceOf(InvalidInput.class);

        String net = privateBlock();
        AllowedHost added = hosts.add(staff, new AllowedHostDraft(net + ".0/24", "")).block(WAIT);
        try {
            assertThat(catchThrowable(() -> hosts.add(staff, new AllowedHostDraft(net + ".200/24", "again"))
                    .block(WAIT))).isInstanceOfSatisfying(AllowedHostListed.class,
                            listed -> assertThat(listed.args()).containsExactly(net + ".0/24"));
        } finally {
            hosts.remove(staff, added.id()).block(WAIT);
        }
    }

    @Test
    void only_staff_see_or_change_the_list() {
        Actor member = actors.member();
        assertThat(catchThrowable(() -> hosts.list(member).collectList().block(WAIT)))
                .isInstanceOf(NotPermitted.class);
        assertThat(catchThrowable(() -> hosts.add(member, new AllowedHostDraft("10.1.1.1", "")).block(WAIT)))
                .isInstanceOf(NotPermitted.class);
        assertThat(catchThrowable(() -> hosts.remove(member, UUID.randomUUID()).block(WAIT)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void a_change_another_instance_announces_drops_this_instances_copy_of_the_list() throws Exception {
        snapshots.current().block(WAIT);
        assertThat(snapshots.holdsOne()).isTrue();
        String net = privateBlock();
        UUID id = UUID.randomUUID();
        // What another instance's service does: the row and the announcement, in one transaction.
        tx.transactional(repository.insert(id, net + ".0/24", AllowedHost.Kind.BLOCK, "", actors.staff().userId(),
                java.time.Instant.now()).then(AnotherInstance.announces(db, AllowedHosts.TOPIC, id))).block(WAIT);
        try {
            awaitDropped();
            assertThat(refusal("http://" + net + ".1/")).isEqualTo("http://" + net + ".1/");
        } finally {
            tx.transactional(repository.delete(id).then(AnotherInstance.announces(db, AllowedHosts.TOPIC, id)))
                    .block(WAIT);
        }
        awaitDropped();
        assertThat(refusal("http://" + net + ".1/")).isEqualTo(EndpointInPrivateNetwork.class.getSimpleName());
    }
}
