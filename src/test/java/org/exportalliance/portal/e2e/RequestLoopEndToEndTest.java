package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.regex.Pattern;
import org.exportalliance.portal.request.LabTests;
import org.exportalliance.portal.request.MonthFigures;
import org.exportalliance.portal.request.RequestDashboard;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 企业点单、链上派单、部门接单 in a real browser: a member files a lab test, staff accept it and dispatch it to the shared
 * lab, the lab takes it and quotes, the member accepts the quote, the lab uploads its PDF report, the member confirms
 * it with five stars, and staff's dashboard counts one more lab test filed and rated this month.
 */
@PortalTest
@RequiresChromium
class RequestLoopEndToEndTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REQUEST_PAGE = Pattern.compile(".*/requests/[0-9a-f-]{36}$");

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    @LocalServerPort int port;
    @Autowired RequestService requests;
    @Autowired RequestDashboard dashboard;
    @Autowired LabTests labTests;
    @Autowired Responders responders;
    @Autowired Actors actors;
    @Autowired Clock clock;

    @Test
    void a_lab_test_goes_from_the_firm_through_staff_and_the_lab_back_to_the_firm_and_into_the_dashboard() {
        MonthFigures before = labTestsThisMonth();
        String title = "出口前断裂强力检测 " + UUID.randomUUID().toString().substring(0, 8);

        Page member = browsers.signIn(port, "member");
        member.navigate(url("/requests"));
        member.locator("#request-file").click();
        choose(member.locator("#request-category"), "检验检测");
        member.locator("#request-title input").fill(title);
        member.locator("#request-description textarea").fill("出口土耳其的剑杆织机配套纱线需要检测报告。");
        member.locator("#request-samples input").fill("3");
        member.locator("#request-material input").fill("涤纶长丝 150D/48F");
        member.locator("#request-standard input").fill("GB/T 3916-2013");
        browsers.snapshot(member, "member-files-a-lab-test");
        member.locator("#request-save").click();
        member.waitForURL(REQUEST_PAGE);
        String page = member.url().substring(member.url().indexOf("/requests/"));
        UUID id = UUID.fromString(page.substring("/requests/".length()));
        assertThat(member.locator("#request-heading")).containsText(title);

        Page staff = browsers.signIn(port, "staff");
        staff.navigate(url(page));
        staff.locator("#request-accept").click();
        staff.locator("#request-dispatch").click();
        assertThat(staff.locator("#request-dispatch-unit vaadin-radio-button[checked]"))
                .containsText("新昌纺机共享检测实验室");
        staff.locator("#request-dispatch-dialog-confirm").click();
        assertThat(staff.locator("#request-unit")).containsText("新昌纺机共享检测实验室");

        Page lab = browsers.signIn(port, "lab");
        lab.navigate(url(page));
        lab.locator("#request-take").click();
        lab.locator("#request-lab-quote").click();
        lab.locator("#request-quote-price input").fill("1200");
        LocalDate due = LocalDate.now(clock).plusDays(7);
        lab.locator("#request-quote-due input").fill(due.getYear() + "/" + due.getMonthValue() + "/"
                + due.getDayOfMonth());
        lab.locator("#request-quote-due input").press("Enter");
        lab.locator("#request-quote-dialog-confirm").click();
        assertThat(lab.locator("#request-lab-state")).containsText("报价 CNY 1,200.00");

        member.reload();
        member.locator("#request-lab-accept").click();
        assertThat(member.locator("#confirmation-text")).containsText("CNY 1,200.00");
        member.locator("#confirmation-confirm").click();
        assertThat(member.locator("#request-lab-state")).containsText("企业已接受报价");

        lab.reload();
        lab.locator("#request-lab-report").click();
        lab.locator("#request-report-upload input[type=file]").setInputFiles(
                new FilePayload("断裂强力检测报告.pdf", "application/pdf", PDF));
        assertThat(lab.locator("#request-report-file input")).hasValue("断裂强力检测报告.pdf");
        lab.locator("#request-report-summary textarea").fill("三批样品断裂强力均符合 GB/T 3916-2013。");
        browsers.snapshot(lab, "lab-hands-over-its-report");
        lab.locator("#request-report-dialog-confirm").click();
        assertThat(lab.locator("#request-facts .request-status")).hasText("已办结待确认");

        member.reload();
        assertThat(member.locator("#request-file-list")).containsText("断裂强力检测报告.pdf");
        member.locator("#request-confirm").click();
        member.locator("#request-rating-stars vaadin-radio-button").first().click();
        member.locator("#request-rating-comment textarea").fill("报告及时，价格合理。");
        member.locator("#request-rating-dialog-confirm").click();
        assertThat(member.locator("#request-facts .request-status")).hasText("已关闭");
        assertThat(member.locator("#request-rating")).containsText("★★★★★");
        browsers.snapshot(member, "member-confirms-and-rates");

        ServiceRequest closed = requests.find(actors.member(), id).block();
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(labTests.find(actors.member(), id).block().reportId()).isNotNull();
        MonthFigures after = labTestsThisMonth();
        assertThat(after.filed()).as("filed this month").isEqualTo(before.filed() + 1);
        assertThat(after.rated()).as("rated").isEqualTo(before.rated() + 1);
        assertThat(after.satisfied()).as("five stars count as satisfied").isEqualTo(before.satisfied() + 1);

        staff.navigate(url("/request-dashboard"));
        Locator months = staff.locator("#request-dashboard-months");
        assertThat(months).containsText("新昌纺机共享检测实验室");
        assertThat(months).containsText("检验检测");
        assertThat(staff.locator("#request-dashboard vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^" + after.filed() + "$"))).first())
                .isAttached();
        browsers.snapshot(staff, "staff-dashboard-counts-it");
    }

    /** The shared lab's lab tests this month, as staff's dashboard reads them. */
    private MonthFigures labTestsThisMonth() {
        YearMonth now = YearMonth.now(clock);
        return dashboard.view(actors.staff(), now, now).block().months().stream()
                .filter(f -> "LAB_TEST".equals(f.category()) && f.unitId() != null)
                .filter(f -> f.unitId().equals(labUnit()))
                .findFirst()
                .orElse(new MonthFigures(now.atDay(1), labUnit(), "LAB_TEST", 0, 0, 0, 0, 0, 0, 0, null, null, 0));
    }

    private UUID labUnit() {
        return responders.all().filter(u -> u.nameZh().equals("新昌纺机共享检测实验室")).blockFirst().id();
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
