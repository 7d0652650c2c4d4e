package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's closed delegation to India ITME, as a newcomer finds it: every tab of the logistics pack has something
 * to show, to staff (all firms) and to a member (its own firm only). Tabs are opened by their address.
 */
@PortalTest
@RequiresChromium
class DemoLogisticsEndToEndTest {

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    @LocalServerPort int port;
    @Autowired DelegationService delegations;
    private Delegation demo;

    @BeforeEach
    void findTheDemoDelegation() {
        demo = delegations.list(DelegationStatus.CLOSED)
                .filter(d -> d.titleEn().startsWith("Xinchang pavilion at India ITME"))
                .blockFirst();
        org.assertj.core.api.Assertions.assertThat(demo).as("the demo seeds a closed ITME delegation").isNotNull();
    }

    @Test
    void staff_see_the_pavilion_costs_travellers_itinerary_shipping_and_checklist_of_every_firm() {
        Page staff = browsers.signIn(port, "staff");
        open(staff, "pavilion");
        assertThat(staff.locator("#booth-card-A01 .booth-firm")).containsText("天姥");
        assertThat(staff.locator("#booth-card-B01 .booth-firm")).containsText("沃洲");
        browsers.snapshot(staff, "pavilion");
        open(staff, "costs");
        assertThat(staff.locator("#cost-lines")).containsText("天姥");
        browsers.snapshot(staff, "costs");
        open(staff, "travellers");
        assertThat(staff.locator("#traveller-grid")).containsText("ZHANG WEI");
        assertThat(staff.locator("#traveller-grid")).containsText("JONAS SCHMIDT");
        assertThat(staff.locator("#traveller-grid .passport-expiry-warning").first()).isVisible();
        browsers.snapshot(staff, "travellers");
        open(staff, "itinerary");
        assertThat(staff.locator(".itinerary-flight").first()).isVisible();
        browsers.snapshot(staff, "itinerary");
        open(staff, "shipping");
        assertThat(staff.locator(".shipping-row")).hasCount(3);
        browsers.snapshot(staff, "shipping");
        open(staff, "checklist");
        assertThat(staff.locator("#checklist-matrix")).isVisible();
        browsers.snapshot(staff, "checklist");
    }

    @Test
    void a_member_sees_its_own_firms_part_and_nobody_elses() {
        Page member = browsers.signIn(port, "member");
        open(member, "pavilion");
        assertThat(member.locator("#booth-card-A01 .booth-firm")).containsText("天姥");
        assertThat(member.locator("#pavilion-hall")).not().containsText("沃洲");
        browsers.snapshot(member, "pavilion");
        open(member, "travellers");
        assertThat(member.locator("#traveller-grid")).containsText("ZHANG WEI");
        assertThat(member.locator("#traveller-grid")).not().containsText("JONAS SCHMIDT");
        browsers.snapshot(member, "travellers");
        open(member, "shipping");
        assertThat(member.locator(".shipping-row")).hasCount(1);
        open(member, "checklist");
        assertThat(member.locator("#checklist-own")).isVisible();
        browsers.snapshot(member, "checklist");
    }

    private void open(Page page, String tab) {
        page.navigate(url("/delegation/" + demo.id() + "?tab=" + tab));
        assertThat(page.locator("#" + tab)).isVisible();
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
