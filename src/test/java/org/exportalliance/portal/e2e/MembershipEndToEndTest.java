package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportalliance.portal.account.mfa.Totp;
import org.exportalliance.portal.support.AccountPages;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.Mails;
import org.exportalliance.portal.support.PortalInstances;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Membership from enrolment to suspension, in Chromium, on two portal instances sharing one PostgreSQL and one SMTP
 * server (GreenMail): staff enrol a firm on A and invite its admin; the admin joins through the mailed link, signs in
 * on B, enrols TOTP (the test computes the codes) and invites a colleague, who joins and signs in on A; staff suspend
 * the firm and both people's pages, one on each instance, are at the sign-in page within 5 seconds.
 */
@RequiresChromium
class MembershipEndToEndTest {

    private static final Pattern INVITATION = Pattern.compile("https?://[^\\s\"<]+/invitation\\?token=[A-Za-z0-9_-]+");
    private static final Duration SIGNED_OUT_WITHIN = Duration.ofSeconds(5);

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    static EmbeddedPostgres postgres;
    static GreenMail smtp;
    static int portA;
    static int portB;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        smtp = new GreenMail(new ServerSetup(PortalInstances.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        portA = PortalInstances.freePort();
        portB = PortalInstances.freePort();
        a = instance(portA, true);
        b = instance(portB, false);
    }

    static ConfigurableApplicationContext instance(int port, boolean seed) {
        return PortalInstances.start(postgres, port,
                "--portal.demo.enabled=" + seed,
                "--portal.public-url=http://localhost:" + portA,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        PortalInstances.stop(b, a, smtp == null ? null : smtp::stop, postgres);
    }

    @Test
    void staff_enrol_and_invite_the_admin_enrols_totp_and_invites_a_colleague_and_suspension_signs_both_out() {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String adminEmail = "admin-" + n + "@firm.test";
        String colleagueEmail = "sales-" + n + "@firm.test";
        String adminPassword = "tea fields above the river " + n;
        String colleaguePassword = "morning mist on tianmu hill " + n;

        // Staff enrol the firm on instance A and invite its first admin.
        Page staff = browsers.signIn(portA, "staff");
        staff.navigate(url(portA, "members"));
        staff.locator("#members-enrol").click();
        staff.locator("#member-nameZh input").fill("浙江端到端纺机有限公司" + n);
        staff.locator("#member-nameEn input").fill("Zhejiang End To End Machinery " + n);
        staff.locator("#member-creditCode input").fill(org.exportalliance.portal.support.Enrolments.code());
        staff.locator("#member-contactName input").fill("吴刚");
        staff.locator("#member-save").click();
        assertThat(staff.locator("#member-status")).hasText("正常");
        staff.locator("#invite-email input").fill(adminEmail);
        staff.locator("#invite-roles vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("企业管理员"))
                .click();
        staff.locator("#invite-send").click();
        assertThat(staff.locator("#invitations")).containsText(adminEmail);

        // The admin joins through the mailed link.
        Page admin = browsers.open("admin");
        admin.navigate(invitationLinkTo(adminEmail));
        AccountPages.join(admin, "admin" + n, "端到端 管理员", adminPassword);

        // The admin signs in on instance B and must set up TOTP first.
        AccountPages.signIn(admin, portB, "admin" + n, adminPassword);
        byte[] secret = AccountPages.enrolTotp(admin);

        // Signing in again asks for a code from the app (a later one: each code works once).
        admin.locator("#logout").click();
        assertThat(admin.locator("#login-form")).isVisible();
        AccountPages.signIn(admin, portB, "admin" + n, adminPassword);
        admin.locator("#second-factor-code input").fill(Totp.code(secret, Totp.step(Instant.now()) + 1));
        admin.locator("#second-factor-verify").click();
        assertThat(admin.locator("#fair-catalogue")).isVisible();
        admin.navigate(url(portB, "my-firm"));
        assertThat(admin.locator("#firm-people")).containsText("端到端 管理员");
        admin.locator("#invite-email input").fill(colleagueEmail);
        admin.locator("#invite-send").click();
        assertThat(admin.locator("#invitations")).containsText(colleagueEmail);

        // The colleague joins and signs in on instance A (a member: no second factor needed).
        Page colleague = browsers.open("colleague");
        colleague.navigate(invitationLinkTo(colleagueEmail));
        AccountPages.join(colleague, "sales" + n, "端到端 业务员", colleaguePassword);
        AccountPages.signIn(colleague, portA, "sales" + n, colleaguePassword);
        assertThat(colleague.locator("#fair-catalogue")).isVisible();
        colleague.navigate(url(portA, "my-firm"));
        assertThat(colleague.locator("#firm-people")).containsText("端到端 业务员");

        // Staff suspend the firm: both people are sent to the sign-in page within seconds, on both instances.
        staff.reload();
        staff.locator("#member-suspend").click();
        assertThat(staff.locator("#confirmation-text")).containsText("2 名人员");
        staff.locator("#confirmation-reason textarea").fill("会费未缴");
        long suspendedAt = System.nanoTime();
        staff.locator("#confirmation-confirm").click();
        waitForSignedOut(admin, suspendedAt);
        waitForSignedOut(colleague, suspendedAt);
        assertThat(staff.locator("#member-status")).containsText("已暂停");

        // And they cannot sign in again while the firm is suspended.
        AccountPages.signIn(colleague, portA, "sales" + n, colleaguePassword);
        assertThat(colleague.locator("#login-form")).isVisible();
        assertThat(colleague).hasURL(Pattern.compile(".*/login\\?error.*"));
    }

    private static void waitForSignedOut(Page page, long since) {
        page.waitForURL(Pattern.compile(".*/login\\?signed-out.*"),
                new Page.WaitForURLOptions().setTimeout(SIGNED_OUT_WITHIN.toMillis()));
        Duration took = Duration.ofNanos(System.nanoTime() - since);
        System.out.printf("signed out %d ms after the suspension was confirmed%n", took.toMillis());
        assertThat(took).isLessThan(SIGNED_OUT_WITHIN);
    }

    /** The link in the last invitation e-mail to {@code address}, waited for. */
    private static String invitationLinkTo(String address) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                try {
                    boolean toAddress = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    String text = Mails.content(message, "text/plain");
                    Matcher link = INVITATION.matcher(text == null ? "" : text);
                    if (toAddress && link.find()) {
                        return link.group();
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no invitation e-mail reached " + address);
    }

    private static String url(int port, String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
