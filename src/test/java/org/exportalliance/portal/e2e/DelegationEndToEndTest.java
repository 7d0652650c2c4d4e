package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A delegation in real browsers: a member applies, staff approve with a reason, and the member's open page shows
 * the approval, the remaining places and a notification without reloading.
 */
@PortalTest
@RequiresChromium
class DelegationEndToEndTest {

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    @LocalServerPort int port;
    @Autowired FairService fairs;
    @Autowired DelegationService delegations;
    @Autowired Actors actors;

    @Test
    void a_member_applies_staff_approve_and_the_member_sees_it_live() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 3, "60", 12, AllocationPolicy.SCORED);

        Page member = signIn("member");
        member.navigate(url("/delegation/" + d.id()));
        assertThat(member.locator("#remaining-slots")).hasText("3 / 3");
        member.locator("#application-travellers input").fill("2");
        member.locator("#application-area input").fill("18");
        member.locator("#application-submit").click();
        assertThat(member.locator("#own-application-status")).hasText("已提交");
        member.evaluate("() => window.e2eNotReloaded = true");
        browsers.snapshot(member, "member-applied");

        Page staff = signIn("staff");
        staff.navigate(url("/delegation/" + d.id()));
        staff.locator("#application-grid vaadin-button.decide-APPROVE").first().click();
        staff.locator("#decision-reason textarea").fill("出口潜力评分最高，展品契合");
        staff.locator("#decision-confirm").click();
        assertThat(staff.locator("#remaining-slots")).hasText("2 / 3");
        browsers.snapshot(staff, "staff-approved");

        assertThat(member.locator("#own-application-status")).hasText("已录取");
        assertThat(member.locator("#own-application-reason")).hasText("出口潜力评分最高，展品契合");
        assertThat(member.locator("#remaining-slots")).hasText("2 / 3");
        assertThat(member.locator("#notification-count")).isVisible();
        org.assertj.core.api.Assertions.assertThat(member.evaluate("() => window.e2eNotReloaded === true"))
                .isEqualTo(true);
        browsers.snapshot(member, "member-sees-approval");
    }

    private Page signIn(String username) {
        Page page = browsers.open(username);
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo1234");
        page.locator("#login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator("#fair-catalogue")).isVisible();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
