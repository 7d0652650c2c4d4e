package org.exportalliance.portal.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.notification.outbox.ChannelSettings.Owner;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalInstances;
import org.exportalliance.portal.support.TwoPortals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Two portal instances on one PostgreSQL, both running the outbox job every 100 ms: every queued notice reaches its
 * robot exactly once, whichever instance queued it, and a notice queued while no job ran stays queued (nothing is
 * held in memory).
 */
class OutboxTwoInstancesTest {

    static final FakeRobots ROBOTS = new FakeRobots();
    static TwoPortals portals;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        portals = TwoPortals.start(
                "--portal.channels.key=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
                "--portal.channels.wecom.url=" + ROBOTS.url("/cgi-bin/webhook/send"),
                "--portal.channels.dingtalk.url=" + ROBOTS.url("/robot/send"),
                "--portal.channels.outbox-check=PT0.1S",
                "--portal.channels.outbox-initial-delay=PT0S");
        a = portals.a();
        b = portals.b();
    }

    @AfterAll
    static void stop() throws Exception {
        PortalInstances.stop(portals, ROBOTS);
    }

    @Test
    void each_queued_notice_is_sent_exactly_once_by_two_instances_running_the_job() throws Exception {
        List<Actor> people = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Actor person = a.getBean(Members.class).newFirm("twice").block(Duration.ofSeconds(10));
            String key = UUID.randomUUID().toString();
            a.getBean(ChannelSettings.class).chooseWeCom(person, Owner.PERSON, key).block(Duration.ofSeconds(10));
            people.add(person);
            keys.add(key);
        }
        for (int i = 0; i < 60; i++) {
            ConfigurableApplicationContext on = i % 2 == 0 ? a : b;
            on.getBean(TransactionalOperator.class).transactional(on.getBean(NotificationService.class)
                    .notifyUsers(Set.of(people.get(i % 10).userId()), "notify.application.APPROVED",
                            List.of("n" + i + "x"), "requests")).block(Duration.ofSeconds(10));
        }
        DatabaseClient db = a.getBean(DatabaseClient.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (pending(db) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pending(db)).isZero();
        Thread.sleep(500);
        String all = String.join("\n", ROBOTS.received.stream()
                .filter(m -> keys.contains(m.robot())).map(FakeRobots.Received::body).toList());
        for (int i = 0; i < 60; i++) {
            String text = "“n" + i + "x”";
            assertThat(all.split(text, -1)).as(text + " sent once").hasSize(2);
        }
        Long logged = db.sql("select sum(notices) from notice_delivery where outcome = 'DELIVERED'")
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(5));
        assertThat(logged).isEqualTo(60);
    }

    static long pending(DatabaseClient db) {
        return db.sql("select count(*) from notice_outbox where state = 'PENDING'").map(row -> row.get(0, Long.class))
                .one().block(Duration.ofSeconds(5));
    }
}
