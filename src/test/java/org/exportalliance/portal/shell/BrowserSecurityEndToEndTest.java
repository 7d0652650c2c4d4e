package org.exportalliance.portal.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the views work under the Content-Security-Policy (nothing is blocked, push and charts included), and
 * signing out ends the session on the server, so its cookie no longer signs anybody in.
 */
@PortalTest
@RequiresChromium
class BrowserSecurityEndToEndTest {

    private static final Pattern LOGIN_PAGE = Pattern.compile(".*/login(\\?.*)?$");

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void every_view_works_under_the_content_security_policy() {
        List<String> violations = new CopyOnWriteArrayList<>();
        Page staff = browsers.open("staff");
        staff.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(message.text());
            }
        });
        staff.navigate("http://localhost:" + port + "/login");
        staff.locator("input[name=username]").fill("staff");
        staff.locator("input[name=password]").fill("demo1234");
        staff.locator("#login-form vaadin-button[slot=submit]").click();
        assertThat(staff.locator("#fair-catalogue")).isVisible();

        for (String view : List.of("delegations", "leads", "claims", "orders", "fx-rates", "insight", "audit",
                "requests", "my-firm", "fairs")) {
            staff.navigate("http://localhost:" + port + "/" + view);
            assertThat(staff.locator("#side-nav")).isVisible();
            staff.waitForLoadState();
        }
        // The insight charts are drawn by ECharts through executeJs: the policy must let them run.
        staff.navigate("http://localhost:" + port + "/insight");
        assertThat(staff.locator("canvas").first()).isVisible();
        assertThat(violations).isEmpty();
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        Page member = browsers.signIn(port, "member");
        String session = member.context().cookies().stream().filter(c -> c.name.equals(UiSignIn.SESSION))
                .findFirst().orElseThrow().value;
        UiSignIn.web(port).get().uri("/").cookie(UiSignIn.SESSION, session).exchange().expectStatus().isOk();

        member.locator("#logout").click();
        assertThat(member).hasURL(LOGIN_PAGE);

        UiSignIn.web(port).get().uri("/").cookie(UiSignIn.SESSION, session).exchange()
                .expectStatus().isFound().expectHeader().value("Location", l -> assertThat(l).endsWith("/login"));
    }
}
