package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The fair catalogue in a real browser: staff create a fair while a member watches the catalogue update by itself
 * (push, fed by PostgreSQL LISTEN/NOTIFY), a user switches the language, and signs out.
 */
@PortalTest
@RequiresChromium
class FairCatalogueEndToEndTest {

    private static final DateTimeFormatter CHINESE_SHORT_DATE = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final String SUCCESS_NOTICE = "vaadin-notification-card[theme~='success']";
    private static final String ERROR_NOTICE = "vaadin-notification-card[theme~='error']";
    private static final Pattern MISSING_MESSAGE = Pattern.compile("![a-z]+\\.[a-zA-Z.-]+");
    private static final Pattern LOGIN_PAGE = Pattern.compile(".*/login(\\?.*)?$");

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void a_fair_created_by_staff_appears_in_a_members_open_catalogue_without_reloading() {
        String token = "E2E" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        String nameZh = "新昌纺机博览会 " + token;
        String nameEn = "Xinchang Textile Machinery Expo " + token;
        LocalDate opens = LocalDate.now().plusMonths(5).withDayOfMonth(10);

        Page member = signIn("member");
        // Narrow the member's catalogue down to the fair about to be created: it is empty now.
        member.locator("#fair-filter-text input").fill(token);
        Locator memberGrid = member.locator("#fair-grid");
        Locator nothingFound = memberGrid.locator("[slot='empty-state']");
        assertThat(nothingFound).isVisible();
        assertThat(nothingFound).hasText("没有符合条件的展会");
        member.evaluate("() => window.e2eNotReloaded = true");
        browsers.snapshot(member, "member-empty");

        Page staff = signIn("staff");
        staff.locator("#new-fair").click();
        Locator editor = staff.locator("#fair-editor");
        assertThat(editor).containsText("新建展会");
        staff.locator("#fair-nameZh input").fill(nameZh);
        staff.locator("#fair-nameEn input").fill(nameEn);
        staff.locator("#fair-city input").fill("Hannover");
        choose(staff, "#fair-country", "(DE)", "德国 (DE)");
        staff.locator("#fair-venue input").fill("Messegelände Hannover");
        staff.locator("#fair-website input").fill("https://example.org/" + token.toLowerCase());
        enterDate(staff, "#fair-startDate", opens);
        // Picking the opening date proposes a closing date three days later; wait for it before overriding it.
        assertThat(staff.locator("#fair-endDate input")).not().hasValue("");
        enterDate(staff, "#fair-endDate", opens.plusDays(4));
        choose(staff, "#fair-sectors", "纺纱", "纺纱机械");
        choose(staff, "#fair-sectors", "织造", "织造机械");
        staff.keyboard().press("Tab");
        assertEverythingTranslated(staff);
        browsers.snapshot(staff, "staff-editor-filled");
        staff.locator("#fair-save").click();

        assertThat(staff.locator(SUCCESS_NOTICE)).containsText("已保存展会“" + nameZh + "”");
        assertThat(editor).isHidden();
        browsers.snapshot(staff, "staff-saved");

        assertThat(memberGrid).containsText(nameZh);
        assertThat(nothingFound).isHidden();
        assertThat(memberGrid).containsText("Hannover, 德国");
        assertThat(memberGrid).containsText("纺纱机械 · 织造机械");
        assertThat(memberGrid).containsText("计划中");
        browsers.snapshot(member, "member-sees-new-fair");
        assertThat(member.evaluate("() => window.e2eNotReloaded === true"))
                .as("the member's page updated in place, without a reload").isEqualTo(true);
        assertEverythingTranslated(member);
        assertThat(member.locator(ERROR_NOTICE)).hasCount(0);
        assertThat(staff.locator(ERROR_NOTICE)).hasCount(0);
    }

    @Test
    void the_side_navigation_marks_the_current_page_and_opens_another_in_place() {
        Page page = signIn("member2");
        page.evaluate("() => window.e2eNotReloaded = true");
        assertThat(page.locator("#side-nav vaadin-side-nav-item[current]")).containsText("展会目录");
        assertThat(page.locator("#side-nav vaadin-side-nav-item vaadin-icon")).hasCount(11);

        page.locator("#side-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("参展团")).click();
        assertThat(page.locator("#delegation-grid")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/delegations$"));
        assertThat(page.locator("#side-nav vaadin-side-nav-item[current]")).containsText("参展团");
        assertThat(page.evaluate("() => window.e2eNotReloaded === true"))
                .as("the navigation ran in the page, without loading a new one").isEqualTo(true);
        assertThat(page.locator(ERROR_NOTICE)).hasCount(0);
    }

    @Test
    void switching_the_language_to_English_reloads_the_page_in_English() {
        Page page = signIn("member2");
        assertThat(page.locator("#side-nav")).containsText("展会目录");

        switchLanguage(page, "English");
        assertThat(page.locator("#side-nav")).containsText("Fair catalogue");
        assertThat(page.locator("#fair-catalogue h2")).hasText("Fair catalogue");
        assertThat(page.locator("#logout")).containsText("Sign out");
        assertThat(page.locator("#fair-grid")).containsText("Status");
        assertThat(page.locator("#language-switch")).containsText("English");
        assertEverythingTranslated(page);
        browsers.snapshot(page, "english");

        // Back to the default, which is also saved as this user's language for later sign-ins.
        switchLanguage(page, "简体中文");
        assertThat(page.locator("#fair-catalogue h2")).hasText("展会目录");
    }

    @Test
    void signing_out_lands_on_the_login_page() {
        Page page = signIn("member");
        page.locator("#logout").click();

        assertThat(page).hasURL(LOGIN_PAGE);
        assertThat(page.locator("#login-form")).isVisible();
        browsers.snapshot(page, "signed-out");

        // The session is gone: the catalogue asks for a sign-in again.
        page.navigate(url("/fairs"));
        assertThat(page).hasURL(LOGIN_PAGE);
        assertThat(page.locator("#login-form")).isVisible();
    }

    /** A message key without a translation shows as "!key" (see MessageSourceI18NProvider); only rendered text counts. */
    private static void assertEverythingTranslated(Page page) {
        assertThat(page.locator("body")).not().containsText(MISSING_MESSAGE,
                new LocatorAssertions.ContainsTextOptions().setUseInnerText(true));
    }

    private Page signIn(String username) {
        Page page = browsers.signIn(port, username);
        assertThat(page.locator("#fair-grid")).isVisible();
        return page;
    }

    /** Types into a (multi-select) combo box to filter it, then picks the option with exactly that label. */
    private static void choose(Page page, String comboBox, String filter, String option) {
        page.locator(comboBox + " input").fill(filter);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    /** Types a date as a Chinese user would: the picker reads zh-CN's short form, as browsers write it (2027/4/10). */
    private static void enterDate(Page page, String datePicker, LocalDate date) {
        Locator input = page.locator(datePicker + " input");
        input.fill(date.format(CHINESE_SHORT_DATE));
        input.press("Enter");
    }

    private static void switchLanguage(Page page, String language) {
        page.locator("#language-switch").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(language).setExact(true)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
