package org.exportalliance.portal.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.request.LabTest;
import org.exportalliance.portal.request.LabTests;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.LocaleChoice;
import org.exportalliance.portal.support.GridBadges;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.RowClicks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The requests list and filing, in Chinese unless said: a firm files a request and a lab test, refusals mark their
 * fields once; staff's triage queue and all requests, a unit's queue, a firm's own; the filters; live updates.
 */
@BrowserlessPortalTest
class RequestsViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired RequestService requests;
    @Autowired LabTests labTests;
    @Autowired Responders responders;
    @Autowired RequestPageSupport support;
    @Autowired Actors actors;
    @Autowired LocaleChoice locales;

    /** Another person opens the next pages: off this page first, so the next one is made anew for them. */
    private void signInAs(String username) {
        navigate(FairCatalogueView.class);
        support.signInAs(username);
    }

    private static List<ServiceRequest> rows(RequestsView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private int rowOf(RequestsView view, UUID id) {
        List<ServiceRequest> shown = rows(view);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("request " + id + " is not in the list");
    }

    private static RequestCategory category(RequestForm form, String code) {
        return form.category.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private List<Notification> errors() {
        return $(Notification.class).all().stream().filter(n -> n.getThemeNames().contains("error")).toList();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_files_a_request_from_the_list_and_its_page_opens() {
        String title = RequestPageSupport.unique("美国出口许可");
        RequestsView view = navigate(RequestsView.class);
        assertThat(view.queue.isVisible()).as("a firm sees its own; no queues").isFalse();
        test(view.file).click();
        RequestForm form = $(RequestForm.class).single();
        assertThat(form.category.getItemLabelGenerator().apply(category(form, "CUSTOMS"))).isEqualTo("报关与出口许可");
        form.category.setValue(category(form, "CUSTOMS"));
        assertThat(form.lab.isVisible()).isFalse();
        form.title.setValue(title);
        form.description.setValue("电子提花机控制器是否需要两用物项许可？");
        test(form.save).click();

        await(() -> getCurrentView() instanceof RequestView);
        RequestView page = (RequestView) getCurrentView();
        assertThat(page.header.title.getText()).endsWith(" · " + title);
        assertThat(page.shown().orElseThrow().request().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(page.header.fact("priority")).isEqualTo("一般");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_lab_test_names_its_samples_and_a_missing_standard_is_marked_on_its_field_once() {
        String title = RequestPageSupport.unique("棉纱强力检测");
        RequestsView view = navigate(RequestsView.class);
        test(view.file).click();
        RequestForm form = $(RequestForm.class).single();
        form.category.setValue(category(form, "LAB_TEST"));
        assertThat(form.lab.isVisible()).isTrue();
        form.title.setValue(title);
        form.description.setValue("出口前需要第三方检测报告。");
        form.samples.setValue(2);
        form.material.setValue("精梳棉纱 40S");
        test(form.save).click();

        assertThat(form.standard.isInvalid()).isTrue();
        assertThat(form.standard.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(form.samples.isInvalid()).isFalse();
        assertThat(errors()).as("shown on its field, not also in a corner").isEmpty();
        assertThat(form.isOpened()).isTrue();

        form.standard.setValue("GB/T 3916-2013");
        test(form.save).click();
        await(() -> getCurrentView() instanceof RequestView);
        ServiceRequest filed = ((RequestView) getCurrentView()).shown().orElseThrow().request();
        LabTest samples = labTests.find(actors.member(), filed.id()).block(WAIT);
        assertThat(samples.samples()).isEqualTo(2);
        assertThat(samples.material()).isEqualTo("精梳棉纱 40S");
        assertThat(samples.standard()).isEqualTo("GB/T 3916-2013");
        assertThat(errors()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_the_triage_queue_by_nearest_deadline_then_everything_newest_first_and_narrow_it() {
        ServiceRequest newest = support.file(actors.member2(), "POLICY", RequestPageSupport.unique("展位补贴"));
        RequestsView view = navigate(RequestsView.class);
        assertThat(view.file.isVisible()).as("staff file no requests").isFalse();
        assertThat(view.queue.getValue().kind()).isEqualTo(RequestQueue.Kind.TRIAGE);
        assertThat(view.queue.getListDataView().getItems().map(q -> view.queue.getItemLabelGenerator().apply(q)))
                .containsExactly("待受理", "本单元", "全部");

        assertThat(rows(view)).isNotEmpty().allMatch(r -> RequestQueue.TRIAGE_STATUSES.contains(r.status()))
                .extracting(r -> r.state().acceptDueAt() != null ? r.state().acceptDueAt()
                        : r.state().resolveDueAt())
                .isSorted();
        assertThat(rows(view)).extracting(ServiceRequest::id).contains(newest.id());
        int row = rowOf(view, newest.id());
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("政策与补贴");
        assertThat(GridBadges.text(view.grid, "status", rows(view).get(row))).isEqualTo("待受理");
        assertThat(GridBadges.colour(view.grid, "status", rows(view).get(row))).isEqualTo("contrast");
        assertThat(test(view.grid).getCellText(row, 5)).as("the firm, for staff").isEqualTo("浙江沃洲织造装备有限公司");
        assertThat(view.deadlineText(newest)).contains("剩余");

        view.status.setValue(RequestStatus.CLOSED);
        assertThat(rows(view)).as("no closed request waits for triage").isEmpty();
        view.status.clear();
        view.queue.setValue(view.queue.getListDataView().getItems().filter(q -> q.kind() == RequestQueue.Kind.ALL)
                .findFirst().orElseThrow());
        assertThat(rows(view)).extracting(ServiceRequest::filedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(rows(view)).extracting(ServiceRequest::status).contains(RequestStatus.CLOSED,
                RequestStatus.IN_PROGRESS);
        view.text.setValue(newest.reference().toLowerCase(Locale.ROOT));
        assertThat(rows(view)).extracting(ServiceRequest::id).containsExactly(newest.id());
        view.text.clear();
        view.category.setValue(view.category.getListDataView().getItems().filter(c -> c.code().equals("LAB_TEST"))
                .findFirst().orElseThrow());
        assertThat(rows(view)).isNotEmpty().allMatch(r -> r.category().equals("LAB_TEST"));
    }

    @Test
    @WithUserDetails(value = "lab", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_lab_sees_its_units_queue_and_a_firm_only_its_own_requests() {
        UUID lab = responders.of(actors.of("lab")).blockFirst(WAIT).id();
        RequestsView view = navigate(RequestsView.class);
        assertThat(view.queue.getValue().kind()).isEqualTo(RequestQueue.Kind.UNIT);
        assertThat(view.file.isVisible()).isTrue();
        assertThat(rows(view)).as("the demo's lab test, taken by the lab").isNotEmpty()
                .allMatch(r -> lab.equals(r.unitId()));

        signInAs("member2");
        RequestsView firm = navigate(RequestsView.class);
        assertThat(rows(firm)).isNotEmpty().allMatch(r -> r.firmId().equals(actors.member2().firmId()));
        assertThat(firm.grid.getColumnByKey("firm")).as("a firm knows its own name").isNull();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void an_overdue_request_shows_its_deadline_in_red_and_a_click_opens_it() {
        RequestsView view = navigate(RequestsView.class);
        view.queue.setValue(view.queue.getListDataView().getItems().filter(q -> q.kind() == RequestQueue.Kind.UNIT)
                .findFirst().orElseThrow());
        ServiceRequest late = rows(view).stream().filter(r -> r.title().equals("俄罗斯 EAC 认证清关")).findFirst()
                .orElseThrow();
        assertThat(rowOf(view, late.id())).as("the overdue one comes first in its unit's queue").isZero();
        Component deadline = test(view.grid).getCellComponent(0, "deadline");
        assertThat(deadline.hasClassName("overdue")).isTrue();
        assertThat(((Span) deadline).getText()).contains("超期");

        RowClicks.click(view.grid, late, "title", 1);
        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
        assertThat(((RequestView) getCurrentView()).clocks.text("TAKE")).contains("超期");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_request_filed_elsewhere_appears_in_the_triage_queue_without_a_reload() {
        RequestsView view = navigate(RequestsView.class);
        ServiceRequest filed = support.file(actors.member(), "FINANCE", RequestPageSupport.unique("信用保险"));

        await(() -> rows(view).stream().anyMatch(r -> r.id().equals(filed.id())));
        assertThat(rows(view)).extracting(ServiceRequest::id).contains(filed.id());
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void english_readers_see_the_list_and_the_form_in_english() {
        locales.choose(Locale.ENGLISH);
        RequestsView view = navigate(RequestsView.class);
        assertThat(view.getPageTitle()).startsWith("Requests");
        assertThat(view.file.getText()).isEqualTo("File a request");
        assertThat(view.grid.getColumnByKey("deadline").getHeaderText()).isEqualTo("Next deadline");
        assertThat(view.grid.getColumnByKey("reference").getHeaderText()).isEqualTo("Reference");
        test(view.file).click();
        RequestForm form = $(RequestForm.class).single();
        assertThat(form.urgency.getItemLabelGenerator().apply(form.urgency.getValue())).isEqualTo("Normal");
        assertThat(form.category.getItemLabelGenerator().apply(category(form, "LAB_TEST"))).isEqualTo("Lab testing");
        assertThat(form.standard.getLabel()).isEqualTo("Test standard");
        // Only this test's user (firmadmin) keeps English as the saved choice.
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_filing_form_asks_before_esc_drops_what_was_typed() {
        RequestsView view = navigate(RequestsView.class);
        test(view.file).click();
        RequestForm form = $(RequestForm.class).single();
        ComponentUtil.fireEvent(form, new Dialog.DialogCloseActionEvent(form, true));
        assertThat(form.isOpened()).as("nothing typed: Esc closes at once").isFalse();

        test(view.file).click();
        RequestForm again = $(RequestForm.class).single();
        test(again.title).setValue("展品 ATA 单证册");
        ComponentUtil.fireEvent(again, new Dialog.DialogCloseActionEvent(again, true));
        assertThat(again.isOpened()).isTrue();
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(again.title.getValue()).isEqualTo("展品 ATA 单证册");
        assertThat(again.isOpened()).isTrue();
    }
}
