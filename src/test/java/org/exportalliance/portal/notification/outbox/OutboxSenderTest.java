package org.exportalliance.portal.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.notification.EmailSender;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.notification.outbox.ChannelSettings.Owner;
import org.exportalliance.portal.support.Members;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

class OutboxSenderTest extends WithFakeRobots {

    static final String SECRET = "SEC3f5b1d2c9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1";

    @Autowired ChannelSettings settings;
    @Autowired NotificationService notifications;
    @Autowired ChannelRepository channels;
    @Autowired OutboxRepository outbox;
    @Autowired ChannelDispatch dispatch;
    @Autowired EmailSender mail;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;
    @Autowired Members members;

    /** A few seconds ahead of the portal's clock, which stamps the queued rows: they are due at once. */
    SteppedClock clock = new SteppedClock(Instant.now());

    @BeforeEach
    void startClock() {
        clock = new SteppedClock(Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    OutboxSender sender(Clock at) {
        return new OutboxSender(channels, outbox, dispatch, mail, tx, at, Duration.ofSeconds(60));
    }

    static String wecomKey() {
        return UUID.randomUUID().toString();
    }

    static String dingTalkToken() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    void tell(Actor person, String what) {
        tx.transactional(notifications.notifyUsers(Set.of(person.userId()), "notify.application.APPROVED",
                List.of(what), "requests")).block();
    }

    long pending(UUID channel) {
        return db.sql("select count(*) from notice_outbox where channel_id = :c and state = 'PENDING'")
                .bind("c", channel).map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void a_firms_notice_reaches_its_wecom_robot_and_a_persons_dingtalk_robot_signed_only_when_the_job_runs() {
        Actor admin = members.newFirm("outbox", Role.FIRM_ADMIN).block();
        String key = wecomKey();
        String token = dingTalkToken();
        ROBOTS.dingTalk(token, SECRET);
        NoticeChannel firmRobot = settings.chooseWeCom(admin, Owner.FIRM, key).block();
        NoticeChannel ownRobot = settings.chooseDingTalk(admin, Owner.PERSON, token, SECRET).block();
        assertThat(firmRobot.hint()).isEqualTo(key.substring(key.length() - 4));
        assertThat(settings.channels(admin, Owner.PERSON).collectList().block()).extracting(NoticeChannel::kind)
                .containsExactly(ChannelKind.DINGTALK);

        tx.transactional(notifications.notifyFirm(admin.firmId(), "notify.application.APPROVED", List.of("报价 ¥1,200"),
                "requests")).block();
        assertThat(ROBOTS.of(key)).as("queued, not sent, by the notifying action").isEmpty();
        assertThat(pending(firmRobot.id())).isEqualTo(1);

        assertThat(sender(Clock.systemUTC()).run().block()).isGreaterThanOrEqualTo(2);
        assertThat(ROBOTS.of(key)).singleElement().satisfies(m -> assertThat(m.body())
                .startsWith("{\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"").contains("报价 ¥1,200")
                .contains("/requests)"));
        assertThat(ROBOTS.of(token)).as("the fake robot checked the signature").singleElement()
                .satisfies(m -> assertThat(m.body()).contains("\"title\":").contains("报价 ¥1,200"));
        assertThat(pending(firmRobot.id())).isZero();
        assertThat(settings.deliveries(admin, ownRobot.id()).collectList().block()).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("DELIVERED"));
    }

    @Test
    void forty_five_notices_in_a_burst_arrive_as_digests_never_more_than_twenty_messages_in_any_minute() {
        Actor person = members.newFirm("burst").block();
        String key = wecomKey();
        NoticeChannel robot = settings.chooseWeCom(person, Owner.PERSON, key).block();
        ROBOTS.clock(clock::instant);
        OutboxSender sender = sender(clock);
        for (int i = 1; i <= 45; i++) {
            tell(person, "第 " + i + " 条");
            sender.run().block();
            clock.advance(Duration.ofSeconds(2));
        }
        for (int i = 0; i < 10 && pending(robot.id()) > 0; i++) {
            clock.advance(Duration.ofSeconds(30));
            sender.run().block();
        }
        assertThat(pending(robot.id())).isZero();
        List<FakeRobots.Received> got = ROBOTS.of(key);
        for (FakeRobots.Received first : got) {
            long inMinute = got.stream().filter(m -> !m.at().isBefore(first.at())
                    && m.at().isBefore(first.at().plusSeconds(60))).count();
            assertThat(inMinute).as("messages in the minute from " + first.at()).isLessThanOrEqualTo(20);
        }
        assertThat(got).hasSizeLessThan(45);
        assertThat(got).anySatisfy(m -> assertThat(m.body()).contains("条新通知"));
        Long delivered = db.sql("select sum(notices) from notice_delivery where channel_id = :c "
                        + "and outcome = 'DELIVERED'").bind("c", robot.id()).map(row -> row.get(0, Long.class))
                .one().block();
        assertThat(delivered).isEqualTo(45);
    }

    @Test
    void dingtalks_too_many_answer_pauses_that_robot_ten_minutes_while_another_keeps_receiving() {
        Actor a = members.newFirm("pausea").block();
        Actor b = members.newFirm("pauseb").block();
        String tokenA = dingTalkToken();
        String tokenB = dingTalkToken();
        ROBOTS.dingTalk(tokenA, SECRET);
        ROBOTS.dingTalk(tokenB, SECRET);
        NoticeChannel robotA = settings.chooseDingTalk(a, Owner.PERSON, tokenA, SECRET).block();
        settings.chooseDingTalk(b, Owner.PERSON, tokenB, SECRET).block();
        ROBOTS.answer(tokenA, 200, "{\"errcode\":130101,\"errmsg\":\"send too fast\"}");
        ROBOTS.clock(clock::instant);
        OutboxSender sender = sender(clock);

        tell(a, "一");
        tell(b, "一");
        sender.run().block();
        assertThat(settings.deliveries(a, robotA.id()).collectList().block()).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("RATE_LIMITED"));
        assertThat(channels.find(robotA.id()).block().pausedUntil()).isEqualTo(clock.instant().plusSeconds(600));
        assertThat(pending(robotA.id())).as("kept for later").isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        tell(a, "二");
        tell(b, "二");
        sender.run().block();
        assertThat(ROBOTS.of(tokenA)).hasSize(1);
        assertThat(ROBOTS.of(tokenB)).hasSize(2);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        sender.run().block();
        assertThat(ROBOTS.of(tokenA)).hasSize(2).last().satisfies(m -> assertThat(m.body()).contains("2 条新通知"));
        assertThat(pending(robotA.id())).isZero();
    }

    @Test
    void a_wrong_key_marks_the_channel_broken_and_nothing_more_is_sent_to_it() {
        Actor person = members.newFirm("broken").block();
        String key = wecomKey();
        NoticeChannel robot = settings.chooseWeCom(person, Owner.PERSON, key).block();
        ROBOTS.answer(key, 200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
        tell(person, "一");
        sender(Clock.systemUTC()).run().block();
        tell(person, "二");
        sender(Clock.systemUTC()).run().block();
        assertThat(ROBOTS.of(key)).hasSize(1);
        assertThat(channels.find(robot.id()).block().broken()).isTrue();
        assertThat(pending(robot.id())).as("kept until the key is replaced").isEqualTo(2);
    }

    @Test
    void a_failing_robot_is_retried_later_and_does_not_slow_the_action_that_told_it() {
        Actor person = members.newFirm("slow").block();
        String key = wecomKey();
        NoticeChannel robot = settings.chooseWeCom(person, Owner.PERSON, key).block();
        ROBOTS.answer(key, 502, "bad gateway");
        tell(person, "一");
        assertThat(ROBOTS.of(key)).as("the action only queued it: the failing robot was never asked").isEmpty();
        assertThat(pending(robot.id())).isEqualTo(1);

        sender(clock).run().block();
        assertThat(pending(robot.id())).isEqualTo(1);
        sender(clock).run().block();
        assertThat(ROBOTS.of(key)).as("not before its backoff").hasSize(1);
        clock.advance(Duration.ofSeconds(11));
        sender(clock).run().block();
        assertThat(ROBOTS.of(key)).hasSize(2);
        assertThat(pending(robot.id())).isZero();
        assertThat(settings.deliveries(person, robot.id()).collectList().block()).extracting(Delivery::outcome)
                .containsExactly("DELIVERED", "TRANSIENT");
    }
}
