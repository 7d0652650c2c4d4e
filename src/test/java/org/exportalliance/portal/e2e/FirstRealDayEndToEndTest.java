package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.exportalliance.portal.support.AccountPages;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.PortalInstances;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal's first real day, as README's "Running it for real" tells it, on an empty external PostgreSQL with demo
 * mode off and no mail server: the bootstrapped staff account signs in, must set its own password and enrol TOTP,
 * enrols a firm and invites its admin (the page shows the link, no e-mail going out), and the admin joins, signs in
 * and enrols TOTP too.
 */
@RequiresChromium
class FirstRealDayEndToEndTest {

    private static final String BOOTSTRAP_PASSWORD = "given through the environment 2026";

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext portal;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        port = PortalInstances.freePort();
        portal = PortalInstances.start(postgres, port,
                "--portal.demo.enabled=false",
                "--portal.bootstrap.staff-username=secretariat",
                "--portal.bootstrap.staff-password=" + BOOTSTRAP_PASSWORD,
                "--portal.public-url=http://localhost:" + port);
    }

    @AfterAll
    static void stop() throws Exception {
        PortalInstances.stop(portal, postgres);
    }

    @Test
    void bootstrap_staff_set_their_password_and_totp_enrol_a_firm_and_its_admin_joins_with_totp() {
        Page staff = browsers.open("secretariat");
        AccountPages.signIn(staff, port, "secretariat", BOOTSTRAP_PASSWORD);
        assertThat(staff.locator("#new-password")).isVisible();
        staff.locator("#new-password input").fill(BOOTSTRAP_PASSWORD);
        staff.locator("#repeat-password input").fill(BOOTSTRAP_PASSWORD);
        staff.locator("#new-password-save").click();
        assertThat(staff.locator("#new-password")).hasAttribute("invalid", "");
        String staffPassword = "plum rain over the old tea road 1987";
        staff.locator("#new-password input").fill(staffPassword);
        staff.locator("#repeat-password input").fill(staffPassword);
        staff.locator("#new-password-save").click();
        AccountPages.enrolTotp(staff);

        staff.navigate("http://localhost:" + port + "/members");
        staff.locator("#members-enrol").click();
        staff.locator("#member-nameZh input").fill("新昌首日纺机有限公司");
        staff.locator("#member-nameEn input").fill("Xinchang First Day Machinery Co., Ltd.");
        staff.locator("#member-creditCode input").fill(Enrolments.code());
        staff.locator("#member-contactName input").fill("钱峰");
        staff.locator("#member-save").click();
        assertThat(staff.locator("#member-status")).hasText("正常");
        staff.locator("#invite-email input").fill("first.admin@firm.test");
        staff.locator("#invite-roles vaadin-checkbox").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("企业管理员")).click();
        staff.locator("#invite-send").click();
        assertThat(staff.locator("#invite-link")).isVisible();
        String link = staff.locator("#invite-link input").inputValue();

        Page admin = browsers.open("admin");
        admin.navigate(link);
        AccountPages.join(admin, "qianfeng", "钱峰", "a first day worth remembering 5");
        AccountPages.signIn(admin, port, "qianfeng", "a first day worth remembering 5");
        AccountPages.enrolTotp(admin);
        admin.navigate("http://localhost:" + port + "/my-firm");
        assertThat(admin.locator("#firm-people")).containsText("钱峰");
    }
}
