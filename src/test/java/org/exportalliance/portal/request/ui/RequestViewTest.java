package org.exportalliance.portal.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.shell.LocaleChoice;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A request's page, in Chinese unless said: staff accept and dispatch it, the shared lab takes and resolves it, the
 * firm confirms it with a rating, each seeing only their own buttons; internal notes stay with the unit and staff;
 * another firm's request reads as not found.
 */
@BrowserlessPortalTest
class RequestViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired RequestService requests;
    @Autowired RequestPageSupport support;
    @Autowired Actors actors;
    @Autowired LocaleChoice locales;
    @Autowired RequestAuditSubjects subjects;

    /** Another person opens the next pages: off this page first, so the next one is made anew for them. */
    private void signInAs(String username) {
        navigate(FairCatalogueView.class);
        support.signInAs(username);
    }

    private RequestView open(ServiceRequest r) {
        return navigate(RequestView.location(r.id()), RequestView.class);
    }

    private static List<String> buttons(RequestView view) {
        return view.actions.getChildren().map(Component::getId).map(id -> id.orElse("")).toList();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private RequestStatus status(ServiceRequest r) {
        return requests.find(actors.staff(), r.id()).block(WAIT).status();
    }

    private void awaitShown(RequestView view, RequestStatus status) {
        await(() -> view.shown().map(s -> s.request().status() == status).orElse(false));
        assertThat(view.shown().orElseThrow().request().status()).isEqualTo(status);
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_dispatch_to_the_lab_which_takes_and_resolves_it_and_the_firm_confirms_with_four_stars() {
        ServiceRequest filed = support.labTest(actors.member(), RequestPageSupport.unique("断裂强力检测"));

        RequestView staff = open(filed);
        assertThat(staff.header.title.getText()).isEqualTo(filed.reference() + " · " + filed.title());
        assertThat(staff.header.fact("firm")).isEqualTo("新昌县天姥纺织机械有限公司");
        assertThat(staff.header.samples.getText()).isEqualTo("检测样品：3 件 · 涤纶长丝 150D/48F · 依据 GB/T 3916-2013");
        assertThat(staff.clocks.text("ACCEPT")).startsWith("受理时限：").contains("剩余");
        assertThat(buttons(staff)).containsExactly("request-accept", "request-return", "request-priority");
        click("request-accept");
        awaitShown(staff, RequestStatus.QUEUED);
        assertThat(buttons(staff)).containsExactly("request-priority", "request-dispatch");

        click("request-dispatch");
        DispatchDialog dispatch = $(DispatchDialog.class).single();
        assertThat(dispatch.unit.getValue().unit().nameZh()).as("the lab serves lab tests: suggested first")
                .isEqualTo("新昌纺机共享检测实验室");
        assertThat(dispatch.unit.getItemLabelGenerator().apply(dispatch.unit.getValue()))
                .startsWith("新昌纺机共享检测实验室 · 承办此类诉求 · 在办 ");
        test(dispatch.save).click();
        awaitShown(staff, RequestStatus.DISPATCHED);
        assertThat(staff.header.fact("unit")).isEqualTo("新昌纺机共享检测实验室");
        assertThat(buttons(staff)).as("staff are not the lab: no take").containsExactly("request-priority",
                "request-redispatch");
        assertThat(staff.clocks.text("TAKE")).startsWith("接单时限：").contains("剩余");

        signInAs("lab");
        RequestView lab = open(filed);
        assertThat(buttons(lab)).containsExactly("request-take");
        click("request-take");
        awaitShown(lab, RequestStatus.IN_PROGRESS);
        assertThat(lab.header.fact("taken-by")).isEqualTo("共享实验室 赵静");
        assertThat(buttons(lab)).containsExactly("request-pause", "request-resolve");
        click("request-resolve");
        TextStepDialog resolve = $(TextStepDialog.class).single();
        test(resolve.save).click();
        assertThat(resolve.text.isInvalid()).as("what was done is required").isTrue();
        resolve.text.setValue("三批样品断裂强力均符合 GB/T 3916-2013，报告已寄出。");
        test(resolve.save).click();
        awaitShown(lab, RequestStatus.RESOLVED);
        assertThat(buttons(lab)).isEmpty();
        assertThat(lab.clocks.text("RESOLVE")).startsWith("办结时限：计时暂停，剩余");

        signInAs("member");
        RequestView member = open(filed);
        assertThat(member.header.fact("firm")).as("the firm knows its own name").isEmpty();
        assertThat(member.header.resolution.getText()).contains("均符合");
        assertThat(buttons(member)).containsExactly("request-confirm", "request-reopen");
        click("request-confirm");
        RatingDialog rating = $(RatingDialog.class).single();
        rating.stars.setValue(4);
        rating.comment.setValue("报告及时，价格合理。");
        test(rating.save).click();
        awaitShown(member, RequestStatus.CLOSED);

        assertThat(status(filed)).isEqualTo(RequestStatus.CLOSED);
        assertThat(requests.find(actors.member(), filed.id()).block(WAIT).state().rating()).isEqualTo(4);
        assertThat(member.header.rating.getText()).isEqualTo("企业评价：★★★★☆（4 星） · 报告及时，价格合理。");
        assertThat(buttons(member)).isEmpty();
        assertThat(member.history.texts()).hasSize(6).first().asString().startsWith("企业提交诉求 · 天姥纺机 李娜 · ");
        assertThat(member.history.texts().get(2)).startsWith("派单 · ").contains("新昌纺机共享检测实验室");
        assertThat(member.clocks.none.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void an_internal_note_is_marked_for_staff_and_never_shown_to_the_firm() {
        ServiceRequest filed = support.file(actors.member(), "CUSTOMS", RequestPageSupport.unique("原产地证书"));
        RequestView staff = open(filed);
        staff.comment.text.setValue("该企业去年办过同类证书，可参照。");
        staff.comment.internal.setValue(true);
        test(staff.comment.send).click();
        await(() -> staff.history.texts().size() == 2);
        staff.comment.text.setValue("请补充发票号码。");
        test(staff.comment.send).click();
        await(() -> staff.history.texts().size() == 3);
        assertThat(staff.history.texts().get(1)).startsWith("内部备注，企业不可见内部备注 · ");
        assertThat(staff.history.entries.getComponentAt(1).hasClassName("internal")).isTrue();
        assertThat(staff.history.entries.getComponentAt(2).hasClassName("internal")).isFalse();

        signInAs("member");
        RequestView member = open(filed);
        assertThat(member.history.texts()).hasSize(2).noneMatch(t -> t.contains("去年办过"));
        assertThat(member.history.texts().get(1)).startsWith("留言 · ").endsWith("请补充发票号码。");
        assertThat(member.comment.internal.isVisible()).as("the firm writes no internal notes").isFalse();
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void another_firms_request_and_a_made_up_address_open_as_not_found() {
        ServiceRequest theirs = support.file(actors.member(), "VISA", RequestPageSupport.unique("商务签证"));

        RequestView view = open(theirs);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.header.isVisible() && view.header.getParent().orElseThrow().isVisible()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("request-not-found-text").getText())
                .isEqualTo("找不到该诉求，或您无权查看");
        assertThat(view.getPageTitle()).doesNotContain(theirs.title());

        RequestView madeUp = navigate("requests/not-a-request", RequestView.class);
        assertThat(madeUp.notFound.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_return_a_request_only_with_a_reason_which_the_confirmation_keeps() {
        ServiceRequest filed = support.file(actors.member(), "OTHER", RequestPageSupport.unique("海外仓"));
        RequestView view = open(filed);
        click("request-return");
        click("confirmation-confirm");
        TextArea reason = $(TextArea.class).id("confirmation-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(status(filed)).isEqualTo(RequestStatus.SUBMITTED);

        reason.setValue("请补充目标国家和货物体积。");
        click("confirmation-confirm");
        awaitShown(view, RequestStatus.RETURNED);
        assertThat(view.header.returnReason.getText()).isEqualTo("退回原因：请补充目标国家和货物体积。");
        assertThat($(Notification.class).all()).as("no refusal to show").noneMatch(n -> n.getThemeNames()
                .contains("error"));
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_firm_withdraws_its_request_after_saying_so_and_working_time_reads_in_working_days() {
        ServiceRequest filed = support.file(actors.member(), "TALENT", RequestPageSupport.unique("招聘"));
        RequestView view = open(filed);
        Duration day = Duration.ofMinutes(510);
        assertThat(RequestLabels.workingTime(day.multipliedBy(2).plusHours(3), day, view)).isEqualTo("2 个工作日 3 小时");
        assertThat(RequestLabels.workingTime(Duration.ofMinutes(90), day, view)).isEqualTo("1 小时 30 分钟");
        assertThat(RequestLabels.workingTime(Duration.ofMinutes(-45), day, view)).isEqualTo("45 分钟");
        assertThat(buttons(view)).containsExactly("request-withdraw");
        click("request-withdraw");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("confirmation-text").getText())
                .contains(filed.title()).contains("不能恢复");
        click("confirmation-keep");
        assertThat(status(filed)).isEqualTo(RequestStatus.SUBMITTED);

        click("request-withdraw");
        click("confirmation-confirm");
        awaitShown(view, RequestStatus.WITHDRAWN);
        assertThat(buttons(view)).isEmpty();
        assertThat(view.comment.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void english_readers_see_the_page_its_clocks_and_its_buttons_in_english() {
        locales.choose(Locale.ENGLISH);
        ServiceRequest filed = support.file(actors.of("firmadmin"), "CUSTOMS", RequestPageSupport.unique("EAC"));

        RequestView view = open(filed);

        assertThat(view.header.fact("category")).isEqualTo("Customs and export licences");
        assertThat(view.header.fact("priority")).isEqualTo("Normal");
        assertThat(view.clocks.text("ACCEPT")).startsWith("Time to accept:").contains(" left");
        assertThat($(Button.class).id("request-withdraw").getText()).isEqualTo("Withdraw");
        assertThat(view.history.texts().getFirst()).startsWith("Filed by the firm · ");
        assertThat(view.comment.text.getLabel()).isEqualTo("Comment");
        Duration day = Duration.ofMinutes(510);
        assertThat(RequestLabels.workingTime(day.multipliedBy(2).plusHours(3), day, view))
                .isEqualTo("2 working days 3 h");
        assertThat(RequestLabels.workingTime(day.plusMinutes(20), day, view)).isEqualTo("1 working day");
        // Only this test's user (firmadmin) keeps English as the saved choice.
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_audit_trail_names_a_request_by_reference_and_title_for_those_who_may_see_it_and_opens_its_page() {
        ServiceRequest filed = support.file(actors.member(), "LOGISTICS", RequestPageSupport.unique("ATA 单证册"));
        String id = filed.id().toString();

        assertThat(subjects.names(actors.staff(), Set.of(id, "not-an-id"), Locale.SIMPLIFIED_CHINESE).block(WAIT))
                .containsExactly(Map.entry(id, filed.reference() + " · " + filed.title()));
        assertThat(subjects.names(actors.member2(), Set.of(id), Locale.SIMPLIFIED_CHINESE).block(WAIT))
                .as("another firm's request keeps its id").isEmpty();
        assertThat(subjects.detail("request.accepted", "QUEUED", Locale.ENGLISH)).isEqualTo("Accepted");
        assertThat(subjects.detail("request.accepted", "QUEUED", Locale.SIMPLIFIED_CHINESE)).isEqualTo("已受理");
        assertThat(subjects.location(id)).contains("requests/" + id);
    }
}
