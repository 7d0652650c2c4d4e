package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.logistics.itinerary.ItineraryDraft;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A delegation in real browsers: a member applies, staff approve with a reason (asked for in the confirmation),
 * and the member's open page shows the approval, the remaining places and a notification without reloading; then
 * the member names a traveller, downloads the visa invitation letter (a PDF with the Chinese and the Latin name)
 * and the itinerary (.ics, read back with a real iCalendar parser); finally staff cancel with a reason, which the
 * member's open page shows at once, without the withdraw button.
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
    @Autowired ItineraryService itinerary;

    @Test
    void a_member_applies_staff_approve_and_the_member_sees_it_live_then_downloads_the_letter_and_itinerary()
            throws Exception {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 3, "60", 12, AllocationPolicy.SCORED);
        itinerary.add(actors.staff(), d.id(), new ItineraryDraft(ItineraryKind.FLIGHT, "东航 MU563 上海—德里",
                LocalDateTime.now().plusDays(20).withHour(10).withMinute(15).withSecond(0).withNano(0),
                "Asia/Shanghai", LocalDateTime.now().plusDays(20).withHour(15).withMinute(10).withSecond(0)
                        .withNano(0), "Asia/Kolkata", "浦东机场 T1", "MU563")).block();

        Page member = browsers.signIn(port, "member");
        member.navigate(url("/delegation/" + d.id()));
        assertThat(member.locator("#remaining-slots")).hasText("3 / 3");
        member.locator("#application-travellers input").fill("2");
        member.locator("#application-area input").fill("18");
        member.locator("#application-submit").click();
        assertThat(member.locator("#own-application-status")).hasText("已提交");
        member.evaluate("() => window.e2eNotReloaded = true");
        browsers.snapshot(member, "member-applied");

        Page staff = browsers.signIn(port, "staff");
        staff.navigate(url("/delegation/" + d.id()));
        staff.locator("#application-grid vaadin-button.decide-APPROVE").first().click();
        assertThat(staff.locator("#confirmation-text")).containsText("将获得一个名额");
        staff.locator("#confirmation-reason textarea").fill("出口潜力评分最高，展品契合");
        staff.locator("#confirmation-confirm").click();
        assertThat(staff.locator("#remaining-slots")).hasText("2 / 3");
        browsers.snapshot(staff, "staff-approved");

        assertThat(member.locator("#own-application-status")).hasText("已录取");
        assertThat(member.locator("#own-application-reason")).hasText("出口潜力评分最高，展品契合");
        assertThat(member.locator("#remaining-slots")).hasText("2 / 3");
        assertThat(member.locator("#notification-count")).isVisible();
        org.assertj.core.api.Assertions.assertThat(member.evaluate("() => window.e2eNotReloaded === true"))
                .isEqualTo(true);
        browsers.snapshot(member, "member-sees-approval");

        member.locator("#tab-TravellersTab").click();
        member.locator("#traveller-add").click();
        member.locator("#traveller-fullName input").fill("ZHANG WEI");
        member.locator("#traveller-chineseName input").fill("张伟");
        member.locator("#traveller-dateOfBirth input").fill("1980/5/6");
        member.locator("#traveller-dateOfBirth input").press("Enter");
        member.locator("#traveller-passportNumber input").fill("E12345678");
        member.locator("#traveller-passportExpiry input").fill("2033/1/10");
        member.locator("#traveller-passportExpiry input").press("Enter");
        member.locator("#traveller-role input").fill("销售经理");
        member.locator("#traveller-save").click();
        assertThat(member.locator("#traveller-grid .passport-number").first()).hasText("E1*****78");
        browsers.snapshot(member, "member-named-a-traveller");

        Download letter = member.waitForDownload(
                () -> member.locator("#traveller-grid a.letter-zh").first().click());
        String text = pdfText(letter.path());
        org.assertj.core.api.Assertions.assertThat(text).contains("张伟", "ZHANG WEI", "E12345678");

        member.locator("#tab-ItineraryTab").click();
        assertThat(member.locator(".itinerary-title").first()).containsText("MU563");
        Download ics = member.waitForDownload(() -> member.locator("#itinerary-download").click());
        Calendar calendar = new CalendarBuilder().build(Files.newInputStream(ics.path()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        org.assertj.core.api.Assertions.assertThat(events).singleElement()
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                        e.getSummary().getValue()).contains("MU563"));
        browsers.snapshot(member, "member-itinerary");

        // Staff cancel, which asks for the reason first; the member's open page shows it, and withdrawing is gone.
        staff.locator("#move-CANCELLED").click();
        assertThat(staff.locator("#confirmation-text")).containsText("不能恢复");
        staff.locator("#confirmation-reason textarea").fill("主办方宣布本届展会延期");
        staff.locator("#confirmation-confirm").click();
        assertThat(staff.locator("#delegation-cancel-reason")).hasText("该展团已取消。原因：主办方宣布本届展会延期");
        assertThat(member.locator("#delegation-cancel-reason")).hasText("该展团已取消。原因：主办方宣布本届展会延期");
        member.locator("#tab-ApplicationsTab").click();
        assertThat(member.locator("#own-application-frozen")).isVisible();
        assertThat(member.locator("#application-withdraw")).isHidden();
        browsers.snapshot(member, "member-sees-cancellation");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        }
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
