package org.exportalliance.portal.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.notification.EmailSender;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.notification.outbox.ChannelSettings.Owner;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Enrolments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** A firm's robot (My firm): what reaches it, and who may see or change it. */
class FirmChannelsTest extends WithFakeRobots {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired ChannelSettings settings;
    @Autowired NotificationService notifications;
    @Autowired ChannelRepository channels;
    @Autowired OutboxRepository outbox;
    @Autowired ChannelDispatch dispatch;
    @Autowired EmailSender mail;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;
    @Autowired Enrolments enrolments;

    /** A firm with an admin and a member. */
    record Firm(MemberFirm firm, Actor admin, Actor member) {}

    Firm firm(String label) {
        MemberFirm firm = enrolments.firm(label);
        return new Firm(firm, enrolments.person(firm.id(), Role.FIRM_ADMIN).asActor(),
                enrolments.person(firm.id()).asActor());
    }

    long pending(UUID channel) {
        return db.sql("select count(*) from notice_outbox where channel_id = :c and state = 'PENDING'")
                .bind("c", channel).map(row -> row.get(0, Long.class)).one().block(WAIT);
    }

    void tellFirm(UUID firm, String what) {
        tx.transactional(notifications.notifyFirm(firm, "notify.application.APPROVED", List.of(what), "requests"))
                .block(WAIT);
    }

    @Test
    void a_firm_notice_reaches_the_firms_dingtalk_robot_once_and_its_peoples_own_or_other_firms_notices_do_not() {
        Firm ours = firm("robotfirm");
        Firm theirs = firm("otherfirm");
        String token = OutboxSenderTest.dingTalkToken();
        ROBOTS.dingTalk(token, OutboxSenderTest.SECRET);
        NoticeChannel robot = settings.chooseDingTalk(ours.admin(), Owner.FIRM, token, OutboxSenderTest.SECRET)
                .block(WAIT);
        assertThat(robot.firmId()).isEqualTo(ours.firm().id());
        assertThat(robot.userId()).isNull();

        tx.transactional(notifications.notifyUsers(Set.of(ours.member().userId()), "notify.application.APPROVED",
                List.of("只给个人"), "requests")).block(WAIT);
        tellFirm(theirs.firm().id(), "别家企业");
        assertThat(pending(robot.id())).as("a person's own notice and another firm's are not the firm's").isZero();

        tellFirm(ours.firm().id(), "展位已确认 A-12");
        assertThat(pending(robot.id())).as("one row for the firm, not one per person").isEqualTo(1);
        new OutboxSender(channels, outbox, dispatch, mail, tx, Clock.systemUTC(), Duration.ofSeconds(60)).run()
                .block(WAIT);
        assertThat(ROBOTS.of(token)).as("signed as DingTalk wants, or the fake would have refused it")
                .singleElement().satisfies(m -> assertThat(m.body()).contains("展位已确认 A-12")
                        .doesNotContain("只给个人", "别家企业"));
        assertThat(settings.deliveries(ours.admin(), robot.id()).collectList().block(WAIT)).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("DELIVERED"));
    }

    @Test
    void only_the_firms_admins_see_or_change_its_channels_and_another_firms_admin_cannot_touch_them() {
        Firm ours = firm("adminonly");
        Firm theirs = firm("intruder");
        String key = OutboxSenderTest.wecomKey();
        NoticeChannel robot = settings.chooseWeCom(ours.admin(), Owner.FIRM, key).block(WAIT);

        Actor member = ours.member();
        assertThat(catchThrowable(() -> settings.channels(member, Owner.FIRM).collectList().block(WAIT)))
                .isInstanceOf(NotPermitted.class);
        assertThat(catchThrowable(() -> settings.chooseWeCom(member, Owner.FIRM, OutboxSenderTest.wecomKey())
                .block(WAIT))).isInstanceOf(NotPermitted.class);
        assertThat(catchThrowable(() -> settings.remove(member, robot.id()).block(WAIT)))
                .isInstanceOf(ChannelNotFound.class);
        assertThat(catchThrowable(() -> settings.test(member, robot.id()).block(WAIT)))
                .isInstanceOf(ChannelNotFound.class);
        assertThat(catchThrowable(() -> settings.remove(theirs.admin(), robot.id()).block(WAIT)))
                .isInstanceOf(ChannelNotFound.class);
        assertThat(settings.channels(theirs.admin(), Owner.FIRM).collectList().block(WAIT))
                .extracting(NoticeChannel::id).doesNotContain(robot.id());
        assertThat(settings.channels(member, Owner.PERSON).collectList().block(WAIT))
                .extracting(NoticeChannel::id).doesNotContain(robot.id());

        assertThat(settings.channels(ours.admin(), Owner.FIRM).collectList().block(WAIT))
                .extracting(NoticeChannel::hint).containsExactly(key.substring(key.length() - 4));
        settings.remove(ours.admin(), robot.id()).block(WAIT);
        assertThat(settings.channels(ours.admin(), Owner.FIRM).collectList().block(WAIT)).isEmpty();
    }
}
