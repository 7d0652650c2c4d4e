package org.exportalliance.portal.delegation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Decision;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.delegation.pavilion.BoothSeries;
import org.exportalliance.portal.delegation.pavilion.PavilionService;
import org.exportalliance.portal.delegation.pavilion.ui.PavilionTab;
import org.exportalliance.portal.logistics.checklist.ChecklistItemDraft;
import org.exportalliance.portal.logistics.checklist.ChecklistService;
import org.exportalliance.portal.logistics.checklist.ui.ChecklistTab;
import org.exportalliance.portal.logistics.itinerary.ItineraryDraft;
import org.exportalliance.portal.logistics.itinerary.ItineraryItem;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.exportalliance.portal.logistics.itinerary.ui.ItineraryForm;
import org.exportalliance.portal.logistics.itinerary.ui.ItineraryTab;
import org.exportalliance.portal.logistics.traveller.TravellerService;
import org.exportalliance.portal.logistics.traveller.ui.TravellersTab;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.DelegationPages;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.Travellers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every destructive or irreversible action on the delegation page asks first in the shared confirmation, naming
 * what will happen (with a reason where the record keeps one), and nothing happens until it is confirmed; form
 * dialogs ask before Esc drops what was typed.
 */
@BrowserlessPortalTest
class DelegationConfirmationsTest extends SpringBrowserlessTest {

    @Autowired DelegationService delegations;
    @Autowired PavilionService pavilion;
    @Autowired ChecklistService checklist;
    @Autowired TravellerService travellers;
    @Autowired ItineraryService itinerary;
    @Autowired Actors actors;
    @Autowired DelegationPages pages;
    @Autowired Clock clock;

    private Confirmation confirmation() {
        return $(Confirmation.class).single();
    }

    private String consequence() {
        return $(Paragraph.class).id("confirmation-text").getText();
    }

    private void confirm() {
        test($(Button.class).id("confirmation-confirm")).click();
    }

    private void goBack() {
        test($(Button.class).id("confirmation-keep")).click();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_cancel_a_delegation_only_once_confirmed_with_a_reason_which_the_page_then_shows() {
        Delegation d = pages.open();
        DelegationView view = navigate(DelegationView.class, d.id().toString());
        assertThat(view.cancelReason.isVisible()).isFalse();

        test($(Button.class).id("move-CANCELLED")).click();
        assertThat(confirmation().getHeaderTitle()).isEqualTo("取消展团：测试展团");
        assertThat(consequence()).contains("不能恢复", "原因");
        confirm();
        TextArea reason = $(TextArea.class).id("confirmation-reason");
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(delegations.find(d.id()).block().status()).isEqualTo(DelegationStatus.OPEN);

        test(reason).setValue("主办方宣布本届展会延期");
        confirm();
        await(() -> delegations.find(d.id()).block().status() == DelegationStatus.CANCELLED
                && view.cancelReason.isVisible());
        assertThat(delegations.find(d.id()).block().cancelReason()).isEqualTo("主办方宣布本届展会延期");
        assertThat(view.cancelReason.getText()).isEqualTo("该展团已取消。原因：主办方宣布本届展会延期");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("edit-capacity"::equals).isPresent());
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void closing_applications_asks_first_and_going_back_changes_nothing() {
        Delegation d = pages.open();
        navigate(DelegationView.class, d.id().toString());

        test($(Button.class).id("move-CLOSED")).click();
        assertThat(consequence()).contains("截止报名");
        assertThat($(TextArea.class, confirmation()).all()).as("closing keeps no reason").isEmpty();
        goBack();
        assertThat(delegations.find(d.id()).block().status()).isEqualTo(DelegationStatus.OPEN);

        test($(Button.class).id("move-CLOSED")).click();
        confirm();
        await(() -> delegations.find(d.id()).block().status() == DelegationStatus.CLOSED);
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_withdraws_only_once_confirmed_and_is_told_the_place_goes_to_the_waitlist() {
        Delegation d = pages.open();
        DelegationApplication mine = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18"))
                .block();
        DelegationView view = navigate(DelegationView.class, d.id().toString());

        test($(Button.class).id("application-withdraw")).click();
        assertThat(confirmation().getHeaderTitle()).isEqualTo("撤回报名：测试展团");
        assertThat(consequence()).contains("释放", "递补给候补企业", "不能撤销");
        goBack();
        assertThat(delegations.application(actors.member(), mine.id()).block().status())
                .isEqualTo(ApplicationStatus.APPROVED);

        test($(Button.class).id("application-withdraw")).click();
        confirm();
        await(() -> delegations.application(actors.member(), mine.id()).block().status()
                == ApplicationStatus.WITHDRAWN && view.slotsText.getText().equals("5 / 5"));
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void on_a_cancelled_delegation_a_member_reads_why_and_can_no_longer_withdraw() {
        Delegation d = pages.approvedFor("member");
        delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CANCELLED, "展馆改建，展会停办").block();

        DelegationView view = navigate(DelegationView.class, d.id().toString());

        assertThat(view.cancelReason.getText()).contains("展馆改建，展会停办");
        assertThat($(Paragraph.class).id("own-application-frozen").getText()).contains("不能再撤回");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("application-withdraw"::equals).isPresent());
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_waitlisted_by_staff_reads_the_reason_and_that_it_waits_for_staff() {
        Delegation d = pages.open();
        DelegationApplication mine = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18"))
                .block();
        delegations.decide(actors.staff(), mine.id(), Decision.WAITLIST, "展品尚未确定，请补充后再议").block();

        navigate(DelegationView.class, d.id().toString());

        assertThat($(Paragraph.class).id("own-application-reason").getText()).isEqualTo("展品尚未确定，请补充后再议");
        assertThat($(Paragraph.class).id("own-application-waits-for-staff").getText()).contains("不会自动递补");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_reject_only_once_confirmed_with_a_reason_and_are_told_it_is_final() {
        Delegation d = pages.open();
        DelegationApplication a = delegations.apply(actors.member2(), d.id(), Delegations.application(2, "18"))
                .block();
        ApplicationsTab tab = pages.openTab(this, d, ApplicationsTab.class);
        HorizontalLayout actions = (HorizontalLayout) test(tab.applications).getCellComponent(0, "actions");

        test((Button) actions.getChildren().filter(c -> ((Button) c).hasClassName("decide-REJECT")).findFirst()
                .orElseThrow()).click();
        assertThat(consequence()).contains("不能撤回", "护照信息将被删除");
        goBack();
        assertThat(delegations.application(actors.staff(), a.id()).block().status())
                .isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_remove_a_booth_and_a_checklist_item_only_once_confirmed() {
        Delegation d = pages.approvedFor("member");
        pavilion.addSeries(actors.staff(), d.id(), new BoothSeries("C", 1, 1, new BigDecimal("9"), 0, 0)).block();
        checklist.add(actors.staff(), d.id(), new ChecklistItemDraft("寄送展品清单", "Send the exhibit list", "",
                LocalDate.now(clock).plusDays(10), null)).block();

        pages.openTab(this, d, PavilionTab.class);
        Button removeBooth = (Button) ((HorizontalLayout) test((Grid<?>) $(Grid.class).id("pavilion-booths")).getCellComponent(0, "actions"))
                .getComponentAt(1);
        test(removeBooth).click();
        assertThat(confirmation().getHeaderTitle()).isEqualTo("删除展位 C01");
        assertThat(pavilion.booths(actors.staff(), d.id()).collectList().block()).hasSize(1);
        confirm();
        await(() -> pavilion.booths(actors.staff(), d.id()).collectList().block().isEmpty());

        pages.openTab(this, d, ChecklistTab.class);
        Button removeItem = (Button) ((HorizontalLayout) test((Grid<?>) $(Grid.class).id("checklist-template")).getCellComponent(0, "actions"))
                .getComponentAt(1);
        test(removeItem).click();
        assertThat(consequence()).contains("每家参展企业");
        goBack();
        assertThat(checklist.template(actors.staff(), d.id()).collectList().block()).hasSize(1);
        test(removeItem).click();
        confirm();
        await(() -> checklist.template(actors.staff(), d.id()).collectList().block().isEmpty());
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_removes_a_traveller_and_deletes_its_own_itinerary_item_only_once_confirmed() {
        Delegation d = pages.approvedFor("member");
        travellers.add(actors.member(), d.id(), Travellers.zhangWei()).block();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(20).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        ItineraryItem meeting = itinerary.add(actors.member(), d.id(), new ItineraryDraft(ItineraryKind.MEETING,
                "拜访孟买客户", start, "Asia/Kolkata", start.plusHours(2), null, "孟买", "")).block();

        pages.openTab(this, d, TravellersTab.class);
        Button removeTraveller = (Button) ((HorizontalLayout) test((Grid<?>) $(Grid.class).id("traveller-grid")).getCellComponent(0, "actions"))
                .getComponentAt(1);
        test(removeTraveller).click();
        assertThat(consequence()).contains("护照信息", "永久删除");
        goBack();
        assertThat(travellers.list(actors.member(), d.id()).collectList().block()).hasSize(1);
        test(removeTraveller).click();
        confirm();
        await(() -> travellers.list(actors.member(), d.id()).collectList().block().isEmpty());

        pages.openTab(this, d, ItineraryTab.class);
        test($(Button.class).id("itinerary-edit-" + meeting.id())).click();
        test($(Button.class).id("itinerary-delete")).click();
        assertThat(consequence()).contains("贵企业的行程表");
        goBack();
        assertThat(itinerary.items(actors.member(), d.id()).collectList().block()).hasSize(1);
        ItineraryForm form = $(ItineraryForm.class).single();
        assertThat(form.isOpened()).as("going back leaves the form open").isTrue();
        test($(Button.class).id("itinerary-delete")).click();
        confirm();
        await(() -> itinerary.items(actors.member(), d.id()).collectList().block().isEmpty());
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void esc_asks_before_dropping_a_capacity_change_and_closes_an_untouched_dialog_at_once() {
        Delegation d = pages.open();
        navigate(DelegationView.class, d.id().toString());

        test($(Button.class).id("edit-capacity")).click();
        CapacityDialog dialog = $(CapacityDialog.class).single();
        escape(dialog);
        assertThat(dialog.isOpened()).as("nothing typed: Esc closes").isFalse();

        test($(Button.class).id("edit-capacity")).click();
        CapacityDialog again = $(CapacityDialog.class).single();
        test(again.slots).setValue(9);
        escape(again);
        assertThat(again.isOpened()).as("typed input: Esc asks first").isTrue();
        assertThat(confirmation().getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        goBack();
        assertThat(again.isOpened()).isTrue();
        assertThat(again.slots.getValue()).isEqualTo(9);

        test(again.slots).setValue(10_001);
        test(again.save).click();
        assertThat(again.slots.isInvalid()).as("the create rules apply to a resize").isTrue();
        assertThat(again.slots.getErrorMessage()).isNotBlank();
        assertThat(delegations.find(d.id()).block().capacity().slots()).isEqualTo(5);

        escape(again);
        confirm();
        assertThat(again.isOpened()).as("discarded on request").isFalse();
        assertThat(delegations.find(d.id()).block().capacity().slots()).isEqualTo(5);
    }

    private static void escape(Dialog dialog) {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }
}
