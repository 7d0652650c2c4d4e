package org.exportalliance.portal.lead.claim.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadPolicy;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimConflict;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.lead.claim.ClaimStatus;
import org.exportalliance.portal.lead.claim.RecordedConflict;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.support.GridBadges;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.RowClicks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class ClaimsViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired NotificationService notifications;
    @Autowired Actors actors;

    /** A lead the chain leader broadcasts to the alliance, claimed for weaving by {@code by}. */
    private Claim claimedBy(Actor by, String company) {
        Lead lead = leads.create(actors.of("leader"), Leads.draft(company, "IT", Visibility.ALLIANCE, "WEAVING"))
                .block(WAIT).lead();
        return claims.claim(by, lead.id(), Set.of("WEAVING")).block(WAIT);
    }


    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    private int rowOf(Grid<Claim> grid, UUID claimId) {
        List<Claim> shown = rows(grid);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(claimId)) {
                return i;
            }
        }
        throw new AssertionError("claim " + claimId + " is not in the grid");
    }

    private Button rowAction(Grid<Claim> grid, UUID claimId, String className) {
        Component cell = test(grid).getCellComponent(rowOf(grid, claimId), "actions");
        return cell.getChildren().filter(c -> c.hasClassName(className)).map(Button.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + className + " on the row"));
    }

    private boolean hasAction(Grid<Claim> grid, UUID claimId, String className) {
        return test(grid).getCellComponent(rowOf(grid, claimId), "actions").getChildren()
                .anyMatch(c -> c.hasClassName(className));
    }

    /** The claim is as it was: same stage, status and version. */
    private boolean unchanged(Claim before) {
        Claim now = claims.find(actors.staff(), before.id()).block(WAIT);
        return now.stage() == before.stage() && now.status() == before.status() && now.version() == before.version();
    }

    private String stageShown(Grid<Claim> grid, UUID claimId) {
        return GridBadges.text(grid, "stage", rows(grid).get(rowOf(grid, claimId)));
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_sees_its_firms_claims_and_not_another_firms() {
        Claim ours = claimedBy(actors.member(), Leads.uniqueName());
        Claim theirs = claimedBy(actors.member2(), Leads.uniqueName());

        ClaimsView view = navigate(ClaimsView.class);

        assertThat(rows(view.grid)).extracting(Claim::id).contains(ours.id()).doesNotContain(theirs.id());
        assertThat(rows(view.grid)).allMatch(c -> c.firmId().equals(actors.member().firmId()));
        assertThat(view.grid.getColumnByKey("firm")).as("members see no firm column").isNull();
        assertThat(view.grid.getColumnByKey("categories").getHeaderText()).isEqualTo("产品类别");
        assertThat(test(view.grid).getCellText(rowOf(view.grid, ours.id()), 2)).isEqualTo("织造机械");
        assertThat(stageShown(view.grid, ours.id())).isEqualTo("新建");
        assertThat(view.tabs).as("no conflicts tab for members").isNull();
        assertThat(view.policy.isVisible()).isFalse();
        assertThat(hasAction(view.grid, ours.id(), "claim-advance")).isTrue();
        assertThat(hasAction(view.grid, ours.id(), "claim-approve")).as("decisions are staff's").isFalse();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void advancing_to_contacted_updates_the_row() {
        Claim claim = claimedBy(actors.member(), Leads.uniqueName());
        ClaimsView view = navigate(ClaimsView.class);

        test(rowAction(view.grid, claim.id(), "claim-advance")).click();
        ClaimStageDialog dialog = $(ClaimStageDialog.class).single();
        assertThat(dialog.stage.getListDataView().getItems())
                .containsExactly(ClaimStage.CONTACTED, ClaimStage.QUOTED, ClaimStage.WON, ClaimStage.LOST);
        dialog.stage.setValue(ClaimStage.CONTACTED);
        test(dialog.confirm).click();

        await(() -> !dialog.isOpened());
        assertThat(stageShown(view.grid, claim.id())).isEqualTo("已联系");
        assertThat(claims.find(actors.member(), claim.id()).block(WAIT).stage()).isEqualTo(ClaimStage.CONTACTED);
        assertThat(dialog.isOpened()).isFalse();

        // The history names who did what, in order.
        test(rowAction(view.grid, claim.id(), "claim-history")).click();
        ClaimHistoryDialog history = $(ClaimHistoryDialog.class).single();
        await(() -> history.shown().size() == 2);
        assertThat(history.shown()).extracting(e -> e.kind()).containsExactly("SUBMITTED", "STAGE");
        assertThat(test(history.events).getCellText(1, 1)).isEqualTo("推进阶段");
        assertThat(test(history.events).getCellText(1, 2)).isEqualTo("已联系");
        assertThat(test(history.events).getCellText(1, 5)).isEqualTo("天姥纺机 李娜");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void marking_a_claim_lost_asks_first_and_needs_a_reason_and_nothing_changes_until_confirmed() {
        Claim claim = claimedBy(actors.member(), Leads.uniqueName());
        ClaimsView view = navigate(ClaimsView.class);

        test(rowAction(view.grid, claim.id(), "claim-advance")).click();
        ClaimStageDialog dialog = $(ClaimStageDialog.class).single();
        dialog.stage.setValue(ClaimStage.LOST);
        test(dialog.confirm).click();

        Dialog confirmation = $(Dialog.class).id("confirmation");
        assertThat(confirmation.getHeaderTitle()).isEqualTo("将对“" + claim.companyName() + "”的登记标记为丢单？");
        assertThat($(Paragraph.class).id("confirmation-text").getText()).contains("其他成员即可登记该买家");
        test($(Button.class).id("confirmation-confirm")).click();
        TextArea reason = $(TextArea.class).id("confirmation-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("标记丢单时请填写原因");
        assertThat(unchanged(claim)).isTrue();

        test($(Button.class).id("confirmation-keep")).click();
        assertThat(dialog.isOpened()).as("going back leaves the stage dialog open").isTrue();
        assertThat(unchanged(claim)).isTrue();

        test(dialog.confirm).click();
        test($(TextArea.class).id("confirmation-reason")).setValue("买家选择了德国供应商");
        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> !dialog.isOpened());
        Claim lost = claims.find(actors.member(), claim.id()).block(WAIT);
        assertThat(lost.stage()).isEqualTo(ClaimStage.LOST);
        assertThat(lost.lostReason()).isEqualTo("买家选择了德国供应商");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void releasing_asks_first_with_a_reason_which_the_history_keeps() {
        Claim claim = claimedBy(actors.member(), Leads.uniqueName());
        ClaimsView view = navigate(ClaimsView.class);

        test(rowAction(view.grid, claim.id(), "claim-release")).click();
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle())
                .isEqualTo("释放对“" + claim.companyName() + "”的登记？");
        assertThat($(Paragraph.class).id("confirmation-text").getText()).contains("此操作无法撤销");
        test($(Button.class).id("confirmation-confirm")).click();
        assertThat($(TextArea.class).id("confirmation-reason").isInvalid()).as("a reason is required").isTrue();
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(unchanged(claim)).as("nothing happens until confirmed").isTrue();

        test(rowAction(view.grid, claim.id(), "claim-release")).click();
        test($(TextArea.class).id("confirmation-reason")).setValue("买家暂停采购");
        test($(Button.class).id("confirmation-confirm")).click();

        await(() -> claims.find(actors.member(), claim.id()).block(WAIT).status() == ClaimStatus.RELEASED);
        assertThat(claims.history(actors.member(), claim.id()).collectList().block(WAIT))
                .last().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo("RELEASED");
                    assertThat(e.note()).isEqualTo("买家暂停采购");
                });
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void esc_keeps_a_typed_activity_note_until_the_user_agrees_to_discard_it() {
        Claim claim = claimedBy(actors.member(), Leads.uniqueName());
        ClaimsView view = navigate(ClaimsView.class);

        test(rowAction(view.grid, claim.id(), "claim-activity")).click();
        ClaimActivityDialog dialog = $(ClaimActivityDialog.class).single();
        test(dialog.note).setValue("电话沟通了报价");
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));

        assertThat(dialog.isOpened()).as("typed input: Esc asks first").isTrue();
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.note.getValue()).isEqualTo("电话沟通了报价");

        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        test($(Button.class).id("confirmation-confirm")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(unchanged(claim)).as("nothing was logged").isTrue();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_approve_with_a_reason_and_the_firm_is_notified() {
        String company = Leads.uniqueName();
        Claim claim = claimedBy(actors.member(), company);
        ClaimsView view = navigate(ClaimsView.class);
        roundTrip(); // the tab sheet attaches the selected tab's content before it answers the browser
        assertThat(test(view.grid).getCellText(rowOf(view.grid, claim.id()), 0))
                .as("staff see whose claim it is").isEqualTo("新昌县天姥纺织机械有限公司");

        test(rowAction(view.grid, claim.id(), "claim-approve")).click();
        ClaimDecisionDialog dialog = $(ClaimDecisionDialog.class).single();
        assertThat($(Paragraph.class).id("claim-decision-consequence").getText()).contains("企业会收到通知和理由");
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(claims.find(actors.staff(), claim.id()).block(WAIT).status()).isEqualTo(ClaimStatus.SUBMITTED);

        dialog.reason.setValue("与该买家有长期合作记录");
        test(dialog.confirm).click();

        await(() -> claims.find(actors.staff(), claim.id()).block(WAIT).status() == ClaimStatus.APPROVED
                && !dialog.isOpened());
        assertThat(claims.find(actors.staff(), claim.id()).block(WAIT).status()).isEqualTo(ClaimStatus.APPROVED);
        Claim approved = rows(view.grid).get(rowOf(view.grid, claim.id()));
        assertThat(GridBadges.text(view.grid, "status", approved)).isEqualTo("已批准");
        assertThat(GridBadges.colour(view.grid, "status", approved)).isEqualTo("success");
        assertThat(notifications.recent(actors.member(), 50).collectList().block(WAIT))
                .anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notify.claim.approved");
                    assertThat(n.args()).startsWith(company).endsWith("与该买家有长期合作记录");
                    assertThat(n.link()).isEqualTo("claims");
                });
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void rejecting_asks_first_naming_the_firm_and_takes_the_reason_the_firm_is_told() {
        Claim claim = claimedBy(actors.member(), Leads.uniqueName());
        ClaimsView view = navigate(ClaimsView.class);
        roundTrip(); // the tab sheet attaches the selected tab's content before it answers the browser

        test(rowAction(view.grid, claim.id(), "claim-reject")).click();
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle())
                .isEqualTo("驳回对“" + claim.companyName() + "”的登记？");
        assertThat($(Paragraph.class).id("confirmation-text").getText())
                .startsWith("新昌县天姥纺织机械有限公司的登记立即结束");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(claims.find(actors.staff(), claim.id()).block(WAIT).status()).isEqualTo(ClaimStatus.SUBMITTED);

        test(rowAction(view.grid, claim.id(), "claim-reject")).click();
        test($(TextArea.class).id("confirmation-reason")).setValue("重复登记");
        test($(Button.class).id("confirmation-confirm")).click();

        await(() -> claims.find(actors.staff(), claim.id()).block(WAIT).status() == ClaimStatus.REJECTED);
        assertThat(notifications.recent(actors.member(), 50).collectList().block(WAIT))
                .anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notify.claim.rejected");
                    assertThat(n.args()).endsWith("重复登记");
                });
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_the_conflict_a_refused_claim_left() {
        String company = Leads.uniqueName();
        Claim held = claimedBy(actors.member(), company);
        Actor member2 = actors.member2();
        // Firm B writes the same buyer down in its own words, and its claim runs into firm A's.
        Lead own = leads.create(member2, Leads.draft(company + " Tessuti S.p.A.", "IT", Visibility.PRIVATE,
                "WEAVING")).block(WAIT).lead();
        assertThatThrownBy(() -> claims.claim(member2, own.id(), Set.of("WEAVING")).block(WAIT))
                .isInstanceOf(ClaimConflict.class);

        ClaimsView view = navigate(ClaimsView.class);
        view.tabs.setSelectedIndex(1);
        roundTrip(); // the tab sheet attaches the selected tab's content before it answers the browser
        Grid<RecordedConflict> conflicts = view.conflicts;
        List<RecordedConflict> shown = rows(conflicts).stream().filter(c -> c.claimId().equals(held.id())).toList();
        assertThat(shown).anySatisfy(c -> {
            assertThat(c.origin()).isEqualTo("CLAIM");
            assertThat(c.firmId()).isEqualTo(member2.firmId());
            assertThat(c.holderFirmId()).isEqualTo(actors.member().firmId());
            assertThat(c.companyName()).isEqualTo(company);
            assertThat(c.reasons()).containsExactly("NAME");
        });
        int row = rows(conflicts).indexOf(shown.stream().filter(c -> c.origin().equals("CLAIM")).findFirst()
                .orElseThrow());
        assertThat(test(conflicts).getCellText(row, 1)).isEqualTo("登记");
        assertThat(test(conflicts).getCellText(row, 6)).isEqualTo("名称相近");
        assertThat(test(conflicts).getCellText(row, 7)).matches("\\d{2}%");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_policy_dialog_refuses_a_three_day_window() {
        LeadPolicy before = leads.policy().block(WAIT);
        ClaimsView view = navigate(ClaimsView.class);
        assertThat(view.policy.isVisible()).isTrue();

        test(view.policy).click();
        LeadPolicyDialog dialog = $(LeadPolicyDialog.class).single();
        assertThat(dialog.windowDays.getValue()).isEqualTo(before.claimWindowDays());
        dialog.windowDays.setValue(3);
        dialog.membersMayShare.setValue(!before.membersMayShareAlliance());
        test(dialog.save).click();

        await(dialog.windowDays::isInvalid);
        assertThat(dialog.windowDays.isInvalid()).isTrue();
        assertThat(dialog.windowDays.getErrorMessage()).isEqualTo("保护期须在 7 到 365 天之间");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(leads.policy().block(WAIT)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_click_on_a_claim_opens_its_history_and_a_click_on_its_buttons_does_not() {
        Claim claim = claimedBy(actors.member(), Leads.uniqueName());
        ClaimsView view = navigate(ClaimsView.class);
        Claim shown = rows(view.grid).get(rowOf(view.grid, claim.id()));

        RowClicks.click(view.grid, shown, "actions", 1);
        assertThat($(ClaimHistoryDialog.class).all()).as("the buttons' column is theirs").isEmpty();

        RowClicks.doubleClick(view.grid, shown);
        assertThat($(ClaimHistoryDialog.class).all()).as("once, not stacked").hasSize(1);
    }
}
