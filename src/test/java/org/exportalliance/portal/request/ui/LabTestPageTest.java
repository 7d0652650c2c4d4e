package org.exportalliance.portal.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.request.LabTest;
import org.exportalliance.portal.request.LabTests;
import org.exportalliance.portal.request.RequestHandling;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A lab test on its page: the lab quotes a price and a day, the firm accepts what it reads, the lab hands over a PDF
 * report uploaded in the same dialog, which resolves the request; and a returned request is corrected and filed
 * again from its page, its category fixed.
 */
@BrowserlessPortalTest
class LabTestPageTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired RequestService requests;
    @Autowired RequestTriage triage;
    @Autowired RequestHandling handling;
    @Autowired Responders responders;
    @Autowired LabTests labTests;
    @Autowired RequestPageSupport support;
    @Autowired Actors actors;
    @Autowired Clock clock;

    private void signInAs(String username) {
        navigate(FairCatalogueView.class);
        support.signInAs(username);
    }

    private RequestView open(ServiceRequest r) {
        return navigate(RequestView.location(r.id()), RequestView.class);
    }

    private void awaitShown(RequestView view, RequestStatus status) {
        await(() -> view.shown().map(s -> s.request().status() == status).orElse(false));
    }

    /** A lab test staff accepted and dispatched to the shared lab, which took it. */
    private ServiceRequest atTheLab() {
        ServiceRequest r = support.labTest(actors.member(), RequestPageSupport.unique("色牢度检测"));
        r = triage.accept(actors.staff(), r.id(), r.version()).block(WAIT);
        var lab = responders.all().filter(u -> u.nameZh().equals("新昌纺机共享检测实验室")).blockFirst(WAIT);
        r = triage.dispatch(actors.staff(), r.id(), r.version(), lab.id()).block(WAIT);
        return handling.take(actors.of("lab"), r.id(), r.version()).block(WAIT);
    }

    private LabTest labTest(ServiceRequest r) {
        return labTests.find(actors.staff(), r.id()).block(WAIT);
    }

    @Test
    @WithUserDetails(value = "lab", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_lab_quotes_the_firm_accepts_and_the_lab_hands_over_a_pdf_report_which_resolves_the_request() {
        ServiceRequest r = atTheLab();
        RequestView lab = open(r);
        assertThat(lab.lab.quote.getText()).isEqualTo("实验室尚未报价。");
        test($(Button.class).id("request-lab-quote")).click();
        QuoteDialog quote = $(QuoteDialog.class).single();
        test(quote.save).click();
        assertThat(quote.price.isInvalid()).as("a price is required").isTrue();
        assertThat(quote.dueOn.isInvalid()).isTrue();
        quote.price.setValue(new BigDecimal("1200.005"));
        quote.dueOn.setValue(LocalDate.now(clock).plusDays(10));
        test(quote.save).click();
        assertThat(quote.price.getErrorMessage()).isEqualTo("请输入不小于 0 的金额，最多 2 位小数");
        quote.price.setValue(new BigDecimal("1200"));
        test(quote.save).click();
        await(() -> labTest(r).quoted());
        await(() -> lab.lab.quote.getText().startsWith("报价 CNY 1,200.00"));
        assertThat(lab.lab.quote.getText()).endsWith("等待企业接受。");
        assertThat($(Button.class).id("request-lab-quote").getText()).as("quote again until accepted")
                .isEqualTo("报价");

        signInAs("member");
        RequestView member = open(r);
        assertThat(member.lab.buttons.getChildren().map(c -> c.getId().orElse(""))).containsExactly(
                "request-lab-accept");
        test($(Button.class).id("request-lab-accept")).click();
        assertThat($(Paragraph.class).id("confirmation-text").getText()).startsWith("报价 CNY 1,200.00");
        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> labTest(r).accepted());
        await(() -> member.lab.quote.getText().startsWith("企业已接受报价 CNY 1,200.00"));
        assertThat(member.lab.buttons.isVisible()).isFalse();

        signInAs("lab");
        RequestView again = open(r);
        test($(Button.class).id("request-lab-report")).click();
        ReportDialog report = $(ReportDialog.class).single();
        test(report.save).click();
        assertThat(report.report.isInvalid()).as("no report yet").isTrue();
        report.received("色牢度报告.pdf", PDF);
        await(() -> report.report.getValue() != null);
        report.summary.setValue("耐洗色牢度 4 级，符合 GB/T 3921-2008。");
        test(report.save).click();
        awaitShown(again, RequestStatus.RESOLVED);
        assertThat(labTest(r).reportId()).isEqualTo(report.report.getValue().id());
        assertThat(again.header.resolution.getText()).contains("耐洗色牢度 4 级");
        assertThat(again.lab.quote.getText()).startsWith("报价 CNY 1,200.00，检测报告已出具");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_firm_corrects_a_returned_request_and_files_it_again_with_its_category_kept() {
        ServiceRequest filed = support.file(actors.member(), "LOGISTICS", RequestPageSupport.unique("拼箱"));
        triage.returnToFirm(actors.staff(), filed.id(), filed.version(), "请写明起运港。").block(WAIT);

        signInAs("member");
        RequestView view = open(filed);
        test($(Button.class).id("request-refile")).click();
        RequestForm form = $(RequestForm.class).single();
        assertThat(form.category.isReadOnly()).isTrue();
        assertThat(form.category.getValue().code()).isEqualTo("LOGISTICS");
        assertThat(form.title.getValue()).isEqualTo(filed.title());
        form.description.setValue("");
        test(form.save).click();
        assertThat(form.description.isInvalid()).isTrue();
        form.description.setValue("宁波港起运，拼箱 3 立方米，请协助订舱。");
        test(form.save).click();
        awaitShown(view, RequestStatus.SUBMITTED);
        ServiceRequest refiled = requests.find(actors.member(), filed.id()).block(WAIT);
        assertThat(refiled.description()).startsWith("宁波港起运");
        assertThat(refiled.state().returnReason()).isNull();
        assertThat(view.header.returnReason.isVisible()).isFalse();
    }
}
