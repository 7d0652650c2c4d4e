package org.exportalliance.portal.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.WithSmtpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

class OutboxEmailTest extends WithSmtpServer {

    @Autowired ChannelSettings settings;
    @Autowired NotificationService notifications;
    @Autowired OutboxSender sender;
    @Autowired TransactionalOperator tx;
    @Autowired DatabaseClient db;
    @Autowired Members members;

    Actor personWithEmail(String address) {
        Actor person = members.newFirm("mail").block();
        db.sql("update app_user set email = :e where id = :id").bind("e", address).bind("id", person.userId())
                .then().block();
        return person;
    }

    void tell(Actor person, String what) {
        tx.transactional(notifications.notifyUsers(Set.of(person.userId()), "notify.application.APPROVED",
                List.of(what), "requests")).block();
    }

    @Test
    void notices_waiting_for_an_e_mail_channel_go_as_one_e_mail_to_the_accounts_address() throws Exception {
        String address = "outbox-" + System.nanoTime() + "@firm.test";
        Actor person = personWithEmail(address);
        settings.chooseEmail(person).block();
        tell(person, "广交会");
        tell(person, "汉诺威");
        sender.run().block(Duration.ofSeconds(30));

        var mails = mailsTo(address, "2 条新通知");
        assertThat(mails).hasSize(1);
        assertThat(content(mails.getFirst(), "text/plain")).contains("“广交会”").contains("“汉诺威”")
                .contains("/requests");
    }

    @Test
    void an_unreachable_mail_server_leaves_the_notice_queued_for_a_later_attempt() throws Exception {
        String address = "outbox-" + System.nanoTime() + "@firm.test";
        Actor person = personWithEmail(address);
        var channel = settings.chooseEmail(person).block();
        stopSmtp();
        try {
            tell(person, "米兰");
            sender.run().block(Duration.ofSeconds(60));
        } finally {
            restartSmtp();
        }
        assertThat(settings.deliveries(person, channel.id()).collectList().block()).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("TRANSIENT"));
        assertThat(db.sql("select count(*) from notice_outbox where channel_id = :c and state = 'PENDING'")
                .bind("c", channel.id()).map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1);
    }
}
