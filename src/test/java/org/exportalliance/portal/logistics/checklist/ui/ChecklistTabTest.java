package org.exportalliance.portal.logistics.checklist.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import java.time.Clock;
import java.time.LocalDate;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.ui.DelegationView;
import org.exportalliance.portal.logistics.checklist.ChecklistItem;
import org.exportalliance.portal.logistics.checklist.ChecklistItemDraft;
import org.exportalliance.portal.logistics.checklist.ChecklistMatrix;
import org.exportalliance.portal.logistics.checklist.ChecklistService;
import org.exportalliance.portal.logistics.checklist.ChecklistState;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.DelegationPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class ChecklistTabTest extends SpringBrowserlessTest {

    @Autowired ChecklistService checklist;
    @Autowired Actors actors;
    @Autowired DelegationPages pages;
    @Autowired Clock clock;

    /** A delegation with firm A (member) approved, and an overdue and an open item. */
    Delegation delegationWithChecklist() {
        Delegation d = pages.approvedFor("member");
        LocalDate today = LocalDate.now(clock);
        checklist.add(actors.staff(), d.id(), new ChecklistItemDraft("签证材料", "Visa documents", "交协会统一递交",
                today.minusDays(2), null)).block();
        checklist.add(actors.staff(), d.id(), new ChecklistItemDraft("缴纳团费", "Pay the delegation fee", "",
                today.plusDays(4), null)).block();
        return d;
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_sees_its_list_with_the_overdue_item_in_red_and_ticks_it_off() {
        Delegation d = delegationWithChecklist();
        ChecklistTab tab = pages.openTab(this, d, ChecklistTab.class);
        assertThat(test(tab.own).size()).isEqualTo(2);
        assertThat(test(tab.own).getCellText(0, 1)).isEqualTo("签证材料");
        Span due = (Span) test(tab.own).getCellComponent(0, "due");
        assertThat(due.getStyle().get("color")).isEqualTo("var(--lumo-error-text-color)");
        assertThat(((Span) test(tab.own).getCellComponent(0, "state")).getText()).isEqualTo("已逾期");
        assertThat(((Span) test(tab.own).getCellComponent(1, "due")).getStyle().get("color")).isNull();
        assertThat(((Span) test(tab.own).getCellComponent(1, "state")).getText()).isEqualTo("待办");
        assertThat(tab.overdueCount.getText()).isEqualTo("有 1 项已逾期，请尽快处理。");

        Checkbox tick = (Checkbox) test(tab.own).getCellComponent(0, "done");
        test(tick).click();
        await(() -> tab.overdueCount.getText().equals("没有逾期事项。"));
        assertThat(tab.overdueCount.getText()).isEqualTo("没有逾期事项。");
        assertThat(((Span) test(tab.own).getCellComponent(0, "state")).getText()).isEqualTo("已完成");
        assertThat(checklist.forFirm(actors.member(), d.id(), actors.member().firmId()).block().entries().getFirst()
                .done()).isTrue();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firms_open_list_follows_what_staff_tick_for_it_meanwhile() {
        Delegation d = delegationWithChecklist();
        ChecklistTab tab = pages.openTab(this, d, ChecklistTab.class);
        assertThat(tab.overdueCount.getText()).isEqualTo("有 1 项已逾期，请尽快处理。");

        ChecklistItem overdue = checklist.template(actors.staff(), d.id()).blockFirst();
        checklist.markDone(actors.staff(), overdue.id(), actors.member().firmId()).block();
        await(() -> tab.overdueCount.getText().equals("没有逾期事项。"));
        assertThat(tab.overdueCount.getText()).as("reloaded by the live event alone").isEqualTo("没有逾期事项。");
        assertThat(((Span) test(tab.own).getCellComponent(0, "state")).getText()).isEqualTo("已完成");
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_that_does_not_take_part_has_no_checklist_tab() {
        Delegation d = delegationWithChecklist();
        navigate(DelegationView.class, d.id().toString());
        // Only visible components are found: the page's other tabs, not the checklist's.
        assertThat($(Tab.class).all()).extracting(t -> t.getId().orElse("")).isNotEmpty()
                .doesNotContain("tab-ChecklistTab");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_add_an_item_after_fixing_what_the_dialog_marks_and_see_firms_by_items() {
        Delegation d = delegationWithChecklist();
        ChecklistTab tab = pages.openTab(this, d, ChecklistTab.class);
        assertThat(test(tab.template).size()).isEqualTo(2);
        assertThat(test(tab.matrix).size()).isEqualTo(1);
        assertThat(((Checkbox) test(tab.matrix).getCellComponent(0, 1)).getLabel()).isEqualTo("已逾期");

        test(tab.add).click();
        ChecklistItemDialog dialog = $(ChecklistItemDialog.class).single();
        dialog.dueDate.setValue(LocalDate.now(clock).minusYears(3));
        test(dialog.save).click();
        await(() -> dialog.titleZh.isInvalid());
        assertThat(dialog.titleZh.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(dialog.titleEn.isInvalid()).isTrue();
        assertThat(dialog.dueDate.getErrorMessage()).isEqualTo("截止日期不能早于一年前");
        assertThat(dialog.save.isEnabled()).isTrue();

        dialog.titleZh.setValue("展品装箱清单");
        dialog.titleEn.setValue("Exhibit packing list");
        dialog.dueDate.setValue(LocalDate.now(clock).plusDays(1));
        test(dialog.save).click();
        await(() -> test(tab.template).size() == 3);
        assertThat(tab.template.getGenericDataView().getItems()).extracting(ChecklistItem::titleEn)
                .containsExactly("Visa documents", "Pay the delegation fee", "Exhibit packing list");
        assertThat(dialog.isOpened()).isFalse();

        // Staff tick the overdue item for firm A in the matrix.
        Checkbox cell = (Checkbox) test(tab.matrix).getCellComponent(0, 1);
        test(cell).click();
        await(() -> ((Checkbox) test(tab.matrix).getCellComponent(0, 1)).getLabel().equals("已完成"));
        ChecklistMatrix m = checklist.matrix(actors.staff(), d.id()).block();
        assertThat(m.rows().getFirst().cells().getFirst().state()).isEqualTo(ChecklistState.DONE);
        assertThat(m.rows().getFirst().cells()).hasSize(3);
    }
}
