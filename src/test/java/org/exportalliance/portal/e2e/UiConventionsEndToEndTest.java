package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.order.OrderDraft;
import org.exportalliance.portal.order.OrderLineDraft;
import org.exportalliance.portal.order.OrderService;
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
 * The conventions of docs/ui.md that only a real browser can show: on a laptop-sized screen a list's own buttons stay
 * in view, a name cut short shows in full on hover, and the date picker speaks Chinese. The pictures in docs/ui.md are
 * the screenshots these tests save under {@code target/ui-screenshots/}.
 */
@PortalTest
@RequiresChromium
class UiConventionsEndToEndTest {

    private static final Path PICTURES = Path.of("target", "ui-screenshots");
    private static final int NARROW = 1024;

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    @LocalServerPort int port;
    @Autowired OrderService orders;
    @Autowired Actors actors;
    @Autowired Clock clock;

    @Test
    void on_a_laptop_screen_the_orders_buttons_stay_in_view_and_a_buyer_cut_short_shows_in_full_on_hover() {
        String buyer = Leads.uniqueName() + " Textile Machinery Trading and Engineering Company S.A.";
        orders.create(actors.member(), new OrderDraft(buyer, "BR", "CNY", "FOB", "Ningbo", "DIRECT", null, null, null,
                null, List.of(new OrderLineDraft("WEAVING", "Rapier loom", 2, new BigDecimal("1286400"))),
                LocalDate.now(clock))).block(BrowserSession.TIMEOUT);

        Page member = browsers.signIn(port, "member");
        member.setViewportSize(NARROW, 720);
        member.navigate("http://localhost:" + port + "/orders");
        member.locator("#order-filter-text input").fill(buyer.substring(0, 12));
        Locator grid = member.locator("#order-grid");
        Locator advance = grid.locator(".order-advance").first();
        assertThat(advance).isVisible();
        BoundingBox button = advance.boundingBox();
        assertThat(button.x + button.width).as("the row's button ends inside the window").isLessThanOrEqualTo(NARROW);

        Locator cell = grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(buyer));
        BoundingBox shown = cell.boundingBox();
        assertThat(cell.evaluate("c => c.scrollWidth > c.clientWidth")).as("the buyer's name is cut short")
                .isEqualTo(true);
        cell.hover();
        assertThat(member.getByRole(AriaRole.TOOLTIP)).hasText(buyer);
        assertThat(shown.width).isLessThan(NARROW);
        member.screenshot(new Page.ScreenshotOptions().setPath(PICTURES.resolve("orders-hover.png")));
    }

    @Test
    void the_order_filters_date_picker_shows_chinese_months_and_buttons() {
        Page member = browsers.signIn(port, "member");
        member.setViewportSize(NARROW, 720);
        member.navigate("http://localhost:" + port + "/orders");
        member.locator("#order-filter-from input").click();
        Locator overlay = member.locator("vaadin-date-picker-overlay-content, vaadin-date-picker-overlay");
        assertThat(member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("今天"))).isVisible();
        assertThat(overlay.first()).containsText("月");
        assertThat(overlay.first()).not().containsText("Today");
        member.screenshot(new Page.ScreenshotOptions().setPath(PICTURES.resolve("date-picker.png")));
    }
}
