package org.exportalliance.portal.delegation.ledger.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import java.math.BigDecimal;
import java.util.List;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.ledger.CostItemDraft;
import org.exportalliance.portal.delegation.ledger.CostKind;
import org.exportalliance.portal.delegation.ledger.LedgerService;
import org.exportalliance.portal.delegation.ledger.SplitRule;
import org.exportalliance.portal.delegation.ui.DelegationView;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.DelegationPages;
import org.exportalliance.portal.support.Delegations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class CostsTabTest extends SpringBrowserlessTest {

    @Autowired DelegationService delegations;
    @Autowired LedgerService ledger;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired DelegationPages pages;

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_enter_a_cost_item_and_see_every_firms_share_add_up_to_it() {
        Delegation d = pages.withTwoFirmsAndBooths();
        CostsTab tab = pages.openTab(this, d, CostsTab.class);

        // Nothing filled in: the service's field problems come back onto the form, in Chinese.
        test(tab.addItem).click();
        await(() -> tab.amount.isInvalid());
        assertThat(tab.amount.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(tab.kind.isInvalid()).isTrue();
        assertThat(ledger.items(actors.staff(), d.id()).collectList().block()).isEmpty();

        tab.kind.setValue(CostKind.INTERPRETERS);
        assertThat(tab.rule.getValue()).isEqualTo(SplitRule.PER_TRAVELLER);
        tab.description.setValue("随团翻译两名");
        tab.amount.setValue(new BigDecimal("10000.00"));
        test(tab.addItem).click();
        await(() -> !ledger.items(actors.staff(), d.id()).collectList().block().isEmpty()
                && tab.lines.getGenericDataView().getItems().count() == 3);

        List<LedgerGrid.Line> lines = tab.lines.getGenericDataView().getItems().toList();
        LedgerGrid.Line interpreters = lines.get(2);
        assertThat(interpreters.label()).contains("随团翻译两名");
        // 2 and 3 travellers: 4,000 and 6,000 CNY, adding up to the item exactly.
        assertThat(interpreters.shares().values()).extracting(BigDecimal::toPlainString)
                .containsExactlyInAnyOrder("4000.00", "6000.00");
        assertThat(interpreters.addsUp()).isTrue();
        assertThat(text(test(tab.lines).getCellComponent(2, "check"))).startsWith("✓");
        assertThat(tab.check.getText()).isEqualTo("共 1 项费用，各企业分摊之和与每项金额完全相符。");
        assertThat(tab.amount.isInvalid()).isFalse();
        assertThat(tab.amount.isEmpty()).isTrue();
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_sees_only_its_own_statement_on_the_costs_tab() {
        Delegation d = pages.withTwoFirmsAndBooths();
        ledger.addItem(actors.staff(), d.id(), new CostItemDraft(CostKind.PAVILION_BUILD, "特装搭建",
                new BigDecimal("9000.01"), SplitRule.EQUAL)).block();
        CostsTab tab = pages.openTab(this, d, CostsTab.class);
        StatementPanel statement = $(StatementPanel.class).single();
        // Fees 8,000 + 12 m² × 1,200 = 22,400; half of 9,000.01 is 4,500.00 or 4,500.01.
        assertThat($(Span.class).id("statement-total").getText()).startsWith("合计")
                .satisfiesAnyOf(t -> assertThat(t).contains("26,900.00"), t -> assertThat(t).contains("26,900.01"));
        assertThat(statement.isAttached()).isTrue();
        assertThat(tab.lines.isAttached()).isFalse();
        assertThat(tab.addItem.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_costs_tab_stays_hidden_from_a_firm_without_a_place() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 1, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(2, "12")).block();
        navigate(DelegationView.class, d.id().toString());
        // Only visible components are found: the pavilion (layout for everybody), not the costs.
        assertThat($(Tab.class).all()).extracting(t -> t.getId().orElse(""))
                .contains("tab-PavilionTab").doesNotContain("tab-CostsTab");
    }
}
