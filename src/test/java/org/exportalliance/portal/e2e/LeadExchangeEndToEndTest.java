package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.concurrent.ThreadLocalRandom;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lead exchange in real browsers: the chain leader shares a lead with the alliance through the form; firm A's
 * open lead list shows it without reloading, and firm A claims the buyer; firm B then sees only the blind signal
 * ("registered by another member for weaving until …"), never firm A's name or the buyer's contacts, and its own
 * claim is refused with the same signal. Firm A then releases the buyer through the shared confirmation (with a
 * reason), and firm B's claim succeeds.
 */
@PortalTest
@RequiresChromium
class LeadExchangeEndToEndTest {

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    @LocalServerPort int port;

    @Test
    void the_leader_broadcasts_a_member_sees_it_live_and_claims_it_and_member2_sees_only_the_blind_signal() {
        String company = Leads.uniqueName() + " S.p.A.";
        Page member = browsers.signIn(port, "member");
        member.navigate(url("/leads"));
        assertThat(member.locator("#leads-grid")).isVisible();
        member.evaluate("() => window.e2eNotReloaded = true");

        Page leader = browsers.signIn(port, "leader");
        leader.navigate(url("/leads"));
        leader.locator("#lead-new").click();
        leader.locator("#lead-company input").fill(company);
        choose(leader.locator("#lead-country"), "意大利");
        leader.locator("#lead-city input").fill("Como");
        pick(leader.locator("#lead-categories"), "织造机械");
        choose(leader.locator("#lead-source"), "展会");
        leader.locator("#lead-visibility vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("全联盟"))
                .click();
        if (leader.locator("#lead-contact-0-name").count() == 0) {
            leader.locator("#lead-contact-add").click();
        }
        leader.locator("#lead-contact-0-name input").fill("Marco Rossi");
        leader.locator("#lead-contact-0-email input").fill("marco@" + company.split(" ")[0].toLowerCase() + ".it");
        leader.locator("#lead-contact-0-phone input").fill("031 " + ThreadLocalRandom.current()
                .nextInt(1_000_000, 10_000_000));
        browsers.snapshot(leader, "leader-fills-the-lead");
        leader.locator("#lead-save").click();
        assertThat(leader.locator("#lead-save")).isHidden();
        assertThat(leader.locator("#leads-grid")).containsText(company);

        // Firm A's open list shows it, live.
        assertThat(member.locator("#leads-grid")).containsText(company);
        org.assertj.core.api.Assertions.assertThat(member.evaluate("() => window.e2eNotReloaded === true"))
                .isEqualTo(true);
        browsers.snapshot(member, "member-sees-the-new-lead");
        member.locator("#leads-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(company)).first().click();
        assertThat(member.locator("#lead-claim")).isVisible();
        member.locator("#lead-claim").click();
        member.locator("#lead-claim-confirm").click();
        assertThat(member.locator("#lead-detail-holds")).containsText("本企业已登记");
        browsers.snapshot(member, "member-claimed");

        // Firm B sees the buyer registered, and nothing of who holds it.
        Page member2 = browsers.signIn(port, "member2");
        member2.navigate(url("/leads"));
        member2.locator("#lead-filter-text input").fill(company.split(" ")[0]);
        member2.locator("#lead-filter-text input").press("Enter");
        Locator grid = member2.locator("#leads-grid");
        assertThat(grid).containsText(company);
        assertThat(grid).containsText("另一成员已登记（织造机械）至");
        assertThat(grid).not().containsText("天姥");
        browsers.snapshot(member2, "member2-sees-the-blind-signal");
        grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(company)).first()
                .click();
        assertThat(member2.locator("#lead-claim")).isVisible();
        member2.locator("#lead-reveal").click();
        assertThat(member2.locator("#lead-detail")).not().containsText("Marco Rossi");
        member2.locator("#lead-claim").click();
        member2.locator("#lead-claim-confirm").click();
        assertThat(member2.locator("#lead-message")).containsText("该买家已由另一成员登记织造机械类别");
        assertThat(member2.locator("#lead-detail")).not().containsText("天姥");
        browsers.snapshot(member2, "member2-claim-refused");

        // Firm A releases the buyer. The shared confirmation names what will happen and takes the reason; nothing
        // happens before it is confirmed. Then firm B may claim the buyer.
        member.navigate(url("/claims"));
        member.locator("#claim-grid .claim-release").first().click();
        assertThat(member.getByText("释放对“" + company + "”的登记？")).isVisible();
        assertThat(member.locator("#confirmation-text")).containsText("其他成员即可登记该买家");
        member.locator("#confirmation-confirm").click();
        assertThat(member.locator("#confirmation-reason")).containsText("此项为必填项");
        member.locator("#confirmation-reason textarea").fill("买家暂停采购");
        browsers.snapshot(member, "member-releases-with-a-reason");
        member.locator("#confirmation-confirm").click();
        assertThat(member.locator("#confirmation-confirm")).isHidden();
        assertThat(member.locator("#claim-grid")).containsText("已释放");

        member2.navigate(url("/leads"));
        member2.locator("#lead-filter-text input").fill(company.split(" ")[0]);
        member2.locator("#lead-filter-text input").press("Enter");
        member2.locator("#leads-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(company)).first().click();
        member2.locator("#lead-claim").click();
        member2.locator("#lead-claim-confirm").click();
        assertThat(member2.locator("#lead-detail-holds")).containsText("本企业已登记");
        browsers.snapshot(member2, "member2-claims-the-released-buyer");
    }

    /** Picks the first item of a (multi-select) combo box whose label contains the text. */
    private static void choose(Locator comboBox, String text) {
        comboBox.locator("input").fill(text);
        comboBox.page().locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    /** Selects the one item of a multi-select combo box that the text filters to (it re-renders its items). */
    private static void pick(Locator comboBox, String text) {
        comboBox.locator("input").fill(text);
        assertThat(comboBox.page().locator("vaadin-multi-select-combo-box-item[focused]")).hasText(text);
        comboBox.locator("input").press("Enter");
        // Tab, not Escape: an Escape with no overlay open would close the whole form dialog.
        comboBox.locator("input").press("Tab");
        assertThat(comboBox).containsText(text);
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
