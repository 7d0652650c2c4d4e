package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.order.FxRate;
import org.exportalliance.portal.order.FxRates;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Export orders in a real browser: firm A records an order from the buyer it claimed (shipped to Morocco, where no
 * other firm sells) and moves it from quote to payment, the confirmation keeping the day's CNY value; firm B never
 * sees the order. Staff see it counted in the alliance dashboard, marked as withheld from members; firm B sees
 * Morocco withheld, its charts drawn by ECharts from the figures it may see.
 */
@PortalTest
@RequiresChromium
class OrderEndToEndTest {

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    @LocalServerPort int port;
    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired FxRates rates;
    @Autowired Actors actors;
    @Autowired Clock clock;

    @Test
    void a_member_records_an_order_from_its_claimed_lead_and_moves_it_to_paid() {
        String company = Leads.uniqueName() + " S.r.l.";
        Lead lead = leads.create(actors.member(), Leads.draft(company, "MA", Visibility.PRIVATE, "WEAVING"))
                .block().lead();
        claims.claim(actors.member(), lead.id(), Set.of("WEAVING")).block();
        rates.set(actors.staff(), new FxRate(LocalDate.now(clock), "EUR", new BigDecimal("7.8000"))).block();
        rates.set(actors.staff(), new FxRate(LocalDate.now(clock), "USD", new BigDecimal("7.2000"))).block();

        Page member = browsers.signIn(port, "member");
        member.navigate(url("/orders"));
        member.locator("#order-new").click();
        member.locator("#order-buyer input").fill(company);
        choose(member.locator("#order-destination"), "摩洛哥");
        choose(member.locator("#order-currency"), "EUR");
        choose(member.locator("#order-incoterm"), "CIF");
        member.locator("#order-named-place input").fill("Casablanca");
        member.locator("#order-attribution vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("客户线索")).click();
        choose(member.locator("#order-claim"), company);
        choose(member.locator("#order-line-0-category"), "织造机械");
        member.locator("#order-line-0-model input").fill("Air-jet loom");
        member.locator("#order-line-0-quantity input").fill("2");
        member.locator("#order-line-0-unit-price input").fill("40000");
        browsers.snapshot(member, "member-fills-the-order");
        member.locator("#order-save").click();
        assertThat(member.locator("#order-save")).isHidden();
        Locator grid = member.locator("#order-grid");
        assertThat(grid).containsText(company);
        assertThat(grid).containsText("EUR 80,000.00");

        for (String stage : new String[] {"已确认", "生产中", "已发运", "已交付", "已收款"}) {
            member.locator("#order-grid .order-advance").first().click();
            assertThat(member.locator("#order-stage input")).hasValue(stage);
            assertThat(member.locator("#order-detail-dialog")).hasCount(0);
            member.locator("#order-stage-confirm").click();
            assertThat(member.locator("#order-stage-confirm")).isHidden();
            assertThat(grid).containsText(stage);
        }
        assertThat(grid).containsText("CNY 624,000.00");
        browsers.snapshot(member, "member-order-paid");

        Page member2 = browsers.signIn(port, "member2");
        member2.navigate(url("/orders"));
        assertThat(member2.locator("#order-grid")).isVisible();
        assertThat(member2.locator("#order-grid")).not().containsText(company);

        Page staff = browsers.signIn(port, "staff");
        staff.navigate(url("/insight"));
        Locator morocco = staff.locator("#insight-markets vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("62.4万 ⚑"));
        assertThat(morocco.first()).isVisible();
        assertThat(staff.locator("#insight-monthly-chart[data-drawn='true'] canvas").first()).isVisible();
        browsers.snapshot(staff, "staff-sees-the-order-counted");

        member2.navigate(url("/insight"));
        assertThat(member2.locator("#insight-markets")).containsText("摩洛哥");
        assertThat(member2.locator("#insight-markets")).containsText("不公开");
        assertThat(member2.locator("#insight-markets")).not().containsText("62.4万");
        assertThat(member2.locator("#insight-suppression")).containsText("少于 3 家企业");
        assertThat(member2.locator("#insight-markets-chart[data-drawn='true'] canvas").first()).isVisible();
        browsers.snapshot(member2, "member2-sees-it-withheld");
    }

    /** Picks the first item of a combo box whose label contains the text. */
    private static void choose(Locator comboBox, String text) {
        comboBox.locator("input").fill(text);
        comboBox.page().locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text))
                .first().click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
