package org.exportalliance.portal.logistics.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.logistics.checklist.TestFirms.TestFirm;
import org.exportalliance.portal.notification.EmailSender;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.WithSmtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Overdue reminders against a real SMTP server (GreenMail): one in-app notification and one e-mail per user of the
 * firm, in the user's language, once; nothing for done or not-yet-due items or for other firms; two runs at once
 * still remind once; a failed send is retried on the next run without repeating the in-app part.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChecklistReminderTest extends WithSmtpServer {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired ChecklistReminders reminders;
    @Autowired ChecklistService checklist;
    @Autowired DelegationService delegations;
    @Autowired NotificationService notifications;
    @Autowired EmailSender email;
    @Autowired FairService fairs;
    @Autowired FirmService firms;
    @Autowired AccountService accounts;
    @Autowired DatabaseClient db;
    @Autowired Actors actors;
    @Autowired Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String nonce() {
        return Long.toString(System.nanoTime() % 100_000_000, 36);
    }

    Delegation delegationWith(TestFirm... participants) {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.FIFO);
        for (TestFirm f : participants) {
            assertThat(delegations.apply(f.actor(), d.id(), Delegations.application(2, "18")).block(WAIT).status())
                    .isEqualTo(ApplicationStatus.APPROVED);
        }
        return d;
    }

    ChecklistItem item(Delegation d, String zh, String en, LocalDate due) {
        return checklist.add(actors.staff(), d.id(), new ChecklistItemDraft(zh, en, "", due, null)).block(WAIT);
    }

    /** The user's in-app reminders about the item whose Chinese title is {@code titleZh}. */
    long notificationsAbout(UserAccount user, String titleZh) {
        return notifications.recent(user.asActor(), 200)
                .filter(n -> n.messageKey().equals("notify.checklist.overdue") && n.args().getFirst().equals(titleZh))
                .count().block(WAIT);
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    @Test
    void an_overdue_item_reminds_each_user_of_the_firm_once_in_the_app_and_by_email_in_their_language() {
        assertThat(email.enabled()).isTrue();
        String n = nonce();
        TestFirm late = TestFirms.create(firms, accounts, "zh-CN", "en");
        TestFirm done = TestFirms.create(firms, accounts, "zh-CN");
        TestFirm outsider = TestFirms.create(firms, accounts, "en");
        Delegation d = delegationWith(late, done);
        ChecklistItem visa = item(d, "签证材料 " + n, "Visa documents " + n, today().minusDays(1));
        ChecklistItem packing = item(d, "展品装箱清单 " + n, "Exhibit packing list " + n, today());
        checklist.markDone(done.actor(), visa.id(), null).block(WAIT);

        ChecklistReminders.Run run = reminders.run().block(WAIT);
        assertThat(run.acted()).isTrue();
        assertThat(run.emailed()).isGreaterThanOrEqualTo(2);

        UserAccount chinese = late.users().get(0);
        List<MimeMessage> zh = mailsTo(chinese.email(), n);
        assertThat(zh).hasSize(1);
        assertThat(subject(zh.getFirst())).isEqualTo("【出海联盟】清单事项已逾期：签证材料 " + n);
        assertThat(content(zh.getFirst(), "text/plain"))
                .startsWith(chinese.displayName() + "，您好：")
                .contains("贵企业在“测试展团”的清单事项“签证材料 " + n + "”已于 "
                        + date(visa.dueDate(), Locale.SIMPLIFIED_CHINESE) + " 到期")
                .contains(date(visa.dueDate(), Locale.SIMPLIFIED_CHINESE)).contains("年").contains("月");
        assertThat(content(zh.getFirst(), "text/html")).contains("<strong>签证材料 " + n + "</strong>");

        UserAccount english = late.users().get(1);
        List<MimeMessage> en = mailsTo(english.email(), n);
        assertThat(en).hasSize(1);
        assertThat(subject(en.getFirst())).isEqualTo("[Export Alliance] Checklist item overdue: Visa documents " + n);
        assertThat(content(en.getFirst(), "text/plain"))
                .startsWith("Dear " + english.displayName() + ",")
                .contains("The checklist item \"Visa documents " + n + "\" for \"Test delegation\" was due on "
                        + date(visa.dueDate(), Locale.ENGLISH));
        assertThat(from(en.getFirst())).isEqualTo("portal@alliance.test");

        assertThat(notificationsAbout(chinese, visa.titleZh())).isEqualTo(1);
        assertThat(notificationsAbout(english, visa.titleZh())).isEqualTo(1);
        // Done by its firm, not yet overdue, or another firm's: nothing.
        assertThat(mailsTo(done.users().getFirst().email(), n)).isEmpty();
        assertThat(notificationsAbout(done.users().getFirst(), visa.titleZh())).isZero();
        assertThat(mailsTo(outsider.users().getFirst().email(), n)).isEmpty();
        assertThat(notificationsAbout(outsider.users().getFirst(), visa.titleZh())).isZero();
        assertThat(notificationsAbout(chinese, packing.titleZh())).isZero();
        assertThat(mailsTo(chinese.email(), "展品装箱清单 " + n)).isEmpty();
        assertThat(mailsTo(english.email(), "Exhibit packing list " + n)).isEmpty();

        // The next run sends nothing new.
        reminders.run().block(WAIT);
        assertThat(mailsTo(chinese.email(), n)).hasSize(1);
        assertThat(mailsTo(english.email(), n)).hasSize(1);
        assertThat(notificationsAbout(chinese, visa.titleZh())).isEqualTo(1);
        assertThat(notificationsAbout(english, visa.titleZh())).isEqualTo(1);
    }

    @Test
    void two_runs_at_once_remind_each_item_firm_and_user_exactly_once() {
        String n = nonce();
        TestFirm a = TestFirms.create(firms, accounts, "zh-CN", "en");
        TestFirm b = TestFirms.create(firms, accounts, "en");
        Delegation d = delegationWith(a, b);
        ChecklistItem passports = item(d, "提交护照复印件 " + n, "Send passport copies " + n, today().minusDays(3));
        ChecklistItem fee = item(d, "缴纳团费 " + n, "Pay the delegation fee " + n, today().minusDays(1));

        List<ChecklistReminders.Run> runs = Flux.merge(
                        reminders.run().subscribeOn(Schedulers.boundedElastic()),
                        reminders.run().subscribeOn(Schedulers.boundedElastic()))
                .collectList().block(WAIT);
        assertThat(runs).hasSize(2);

        for (TestFirm firm : List.of(a, b)) {
            for (UserAccount user : firm.users()) {
                assertThat(notificationsAbout(user, passports.titleZh())).as(user.username()).isEqualTo(1);
                assertThat(notificationsAbout(user, fee.titleZh())).as(user.username()).isEqualTo(1);
                assertThat(mailsTo(user.email(), n)).as(user.username()).hasSize(2);
            }
        }
        assertThat(count("select count(*) from checklist_reminder r join checklist_item i on i.id = r.item_id "
                + "where i.delegation_id = '" + d.id() + "'")).isEqualTo(4);
        assertThat(count("select count(*) from checklist_reminder_mail m join checklist_item i on i.id = m.item_id "
                + "where i.delegation_id = '" + d.id() + "' and m.sent_at is not null and m.attempts = 1"))
                .isEqualTo(6);
    }

    @Test
    void a_failed_send_is_logged_without_the_address_and_retried_on_the_next_run(CapturedOutput output) {
        String n = nonce();
        TestFirm firm = TestFirms.create(firms, accounts, "zh-CN", "en", "zh-CN", "en", "zh-CN");
        Delegation d = delegationWith(firm);
        reminders.run().block(WAIT); // whatever else is due goes out now, with the server up
        ChecklistItem visa = item(d, "签证材料 " + n, "Visa documents " + n, today().minusDays(2));

        stopSmtp();
        try {
            ChecklistReminders.Run failed = reminders.run().block(WAIT);
            // After three failures the run stops sending; the other two e-mails are given back untried.
            assertThat(failed.failed()).isEqualTo(ChecklistReminders.FAILURES_PER_RUN);
            assertThat(failed.emailed()).isZero();
        } finally {
            restartSmtp();
        }
        String rows = "select count(*) from checklist_reminder_mail where item_id = '" + visa.id()
                + "' and sent_at is null and claimed_until is null and attempts = ";
        assertThat(count(rows + 1)).isEqualTo(3);
        assertThat(count(rows + 0)).isEqualTo(2);
        for (UserAccount user : firm.users()) {
            assertThat(notificationsAbout(user, visa.titleZh())).isEqualTo(1);
            assertThat(mailsTo(user.email(), n)).isEmpty();
        }
        assertThat(output.getOut()).containsPattern("Checklist reminder e-mail to user [0-9a-f-]{36} failed "
                + "\\(attempt 1 of 10\\): MailSendException caused by ConnectException");

        ChecklistReminders.Run retried = reminders.run().block(WAIT);
        assertThat(retried.emailed()).isEqualTo(5);
        for (UserAccount user : firm.users()) {
            assertThat(mailsTo(user.email(), n)).hasSize(1);
            assertThat(notificationsAbout(user, visa.titleZh())).as("the in-app part is not repeated").isEqualTo(1);
        }
        // The portal's own log lines (GreenMail, the test's SMTP server, logs addresses itself) never carry an
        // address or a body.
        assertThat(output.getOut().lines().filter(line -> line.contains(" o.e.p.")))
                .isNotEmpty()
                .noneMatch(line -> firm.users().stream().anyMatch(u -> line.contains(u.email()))
                        || line.contains("您好") || line.contains("Dear "));
    }

    @Test
    void moving_the_due_date_gives_the_new_deadline_its_own_reminder() {
        String n = nonce();
        TestFirm firm = TestFirms.create(firms, accounts, "en");
        UserAccount user = firm.users().getFirst();
        Delegation d = delegationWith(firm);
        ChecklistItem visa = item(d, "签证材料 " + n, "Visa documents " + n, today().minusDays(2));
        reminders.run().block(WAIT);
        assertThat(notificationsAbout(user, visa.titleZh())).isEqualTo(1);

        // The same item unchanged: no second reminder.
        checklist.update(actors.staff(), visa.id(), null, new ChecklistItemDraft(visa.titleZh(), visa.titleEn(),
                "带上原件", visa.dueDate(), null)).block(WAIT);
        reminders.run().block(WAIT);
        assertThat(notificationsAbout(user, visa.titleZh())).isEqualTo(1);

        checklist.update(actors.staff(), visa.id(), null, new ChecklistItemDraft(visa.titleZh(), visa.titleEn(),
                "带上原件", today().minusDays(1), null)).block(WAIT);
        reminders.run().block(WAIT);
        assertThat(notificationsAbout(user, visa.titleZh())).isEqualTo(2);
        assertThat(mailsTo(user.email(), n)).hasSize(2);
    }

    @Test
    void a_run_with_more_reminders_than_fit_in_one_fetch_reminds_them_all() {
        String n = nonce();
        TestFirm firm = TestFirms.create(firms, accounts, "zh-CN");
        UserAccount user = firm.users().getFirst();
        Delegation d = delegationWith(firm);
        for (int i = 0; i < 60; i++) {
            item(d, "事项 " + n + " #" + i, "Item " + n + " #" + i, today().minusDays(1 + i % 5));
        }
        ChecklistReminders.Run run = reminders.run().block(WAIT);
        assertThat(run.reminded()).isGreaterThanOrEqualTo(60);
        assertThat(mailsTo(user.email(), n)).hasSize(60);
        assertThat(notifications.recent(user.asActor(), 200)
                .filter(x -> x.messageKey().equals("notify.checklist.overdue") && x.args().getFirst().contains(n))
                .count().block(WAIT)).isEqualTo(60);
    }

    @Test
    void the_demo_reminds_firm_b_of_both_overdue_items_and_firm_a_only_of_the_one_it_has_not_done() {
        reminders.run().block(WAIT);
        UserAccount member2 = accounts.findByUsername("member2").block(WAIT);
        UserAccount member = accounts.findByUsername("member").block(WAIT);
        assertThat(notificationsAbout(member2, "提交护照复印件")).isEqualTo(1);
        assertThat(notificationsAbout(member2, "签证材料")).isEqualTo(1);
        assertThat(notificationsAbout(member, "提交护照复印件")).isZero();
        assertThat(notificationsAbout(member, "签证材料")).isEqualTo(1);
        assertThat(notificationsAbout(member2, "展品装箱清单")).isZero();
    }

    long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(WAIT);
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String from(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getFrom()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
