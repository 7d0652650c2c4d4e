package org.exportalliance.portal.delegation.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.ApplicationStatus;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.ui.FairView;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class DelegationViewTest extends SpringBrowserlessTest {

    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired org.exportalliance.portal.delegation.AllocationService allocation;

    private Delegation open(int slots, String area, int seats) {
        return Delegations.open(fairs, delegations, actors.staff(), slots, area, seats, AllocationPolicy.FIFO);
    }


    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_applies_and_sees_the_fifo_decision_with_its_reason() {
        Delegation d = open(5, "100", 20);
        DelegationView view = navigate(DelegationView.class, d.id().toString());
        assertThat(view.slotsText.getText()).isEqualTo("5 / 5");
        ApplicationForm form = $(ApplicationForm.class).single();
        form.travellers.setValue(3);
        form.areaM2.setValue(new BigDecimal("18"));
        test(form.addExhibit).click();
        $(com.vaadin.flow.component.textfield.TextField.class).id("exhibit-0-machine").setValue("经编机 KM-4");
        $(com.vaadin.flow.component.textfield.BigDecimalField.class).id("exhibit-0-weight")
                .setValue(new BigDecimal("2600"));
        $(com.vaadin.flow.component.textfield.BigDecimalField.class).id("exhibit-0-volume")
                .setValue(new BigDecimal("9.5"));
        test(form.submit).click();
        await(() -> !$(ApplicationsTab.class).single().firmPart.getChildren().findFirst().map(c -> c instanceof ApplicationForm).orElse(true));
        assertThat($(com.vaadin.flow.component.html.Span.class).id("own-application-status").getText())
                .isEqualTo("已录取");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("own-application-reason").getText())
                .startsWith("先到先得");
        assertThat(view.slotsText.getText()).isEqualTo("4 / 5");
        assertThat(view.seatsText.getText()).isEqualTo("17 / 20");
        // Approved: the costs tab appears, with the firm's statement showing its fees (8,000 + 18 m² × 1,200 =
        // 29,600 CNY, no costs entered yet).
        var costs = $(com.vaadin.flow.component.tabs.Tab.class).id("tab-CostsTab");
        assertThat(costs.isVisible()).isTrue();
        view.tabs.setSelectedTab(costs);
        assertThat($(com.vaadin.flow.component.html.Span.class).id("statement-total").getText())
                .startsWith("合计").contains("29,600.00");
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void invalid_applications_are_marked_in_chinese_and_not_sent() {
        Delegation d = open(5, "100", 20);
        navigate(DelegationView.class, d.id().toString());
        ApplicationForm form = $(ApplicationForm.class).single();
        form.travellers.setValue(0);
        form.areaM2.setValue(new BigDecimal("-2"));
        test(form.submit).click();
        assertThat(form.travellers.isInvalid()).isTrue();
        assertThat(form.travellers.getErrorMessage()).isEqualTo("必须大于 0");
        assertThat(form.areaM2.isInvalid()).isTrue();
        assertThat(delegations.applications(actors.staff(), d.id()).collectList().block()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_every_application_and_decide_with_a_reason() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 3, "60", 10, AllocationPolicy.SCORED);
        DelegationApplication a = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18"))
                .block();
        DelegationView view = navigate(DelegationView.class, d.id().toString());
        assertThat($(ApplicationsTab.class).single().applications.getGenericDataView().getItems()).extracting(DelegationApplication::id)
                .containsExactly(a.id());
        assertThat($(Button.class).id("move-CLOSED").isVisible()).isTrue();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test($(ApplicationsTab.class).single().applications)
                .getCellComponent(0, "actions");
        test((Button) actions.getComponentAt(0)).click();
        assertThat($(org.exportalliance.portal.shell.Confirmation.class).single().getHeaderTitle()).startsWith("录取");
        Button confirm = $(Button.class).id("confirmation-confirm");
        var reason = $(com.vaadin.flow.component.textfield.TextArea.class).id("confirmation-reason");
        test(confirm).click();
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(delegations.application(actors.staff(), a.id()).block().status())
                .as("nothing decided without one").isEqualTo(ApplicationStatus.SUBMITTED);
        test(reason).setValue("出口潜力评分最高");
        test(confirm).click();
        await(() -> delegations.application(actors.staff(), a.id()).block().status() == ApplicationStatus.APPROVED
                && view.slotsText.getText().equals("2 / 3"));
        assertThat(view.slotsText.getText()).isEqualTo("2 / 3");
        assertThat(delegations.application(actors.staff(), a.id()).block().decisionReason())
                .isEqualTo("出口潜力评分最高");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_set_up_a_delegation_in_the_editor_after_fixing_what_it_marks() {
        DelegationsView list = navigate(DelegationsView.class);
        test(list.create).click();
        DelegationEditor editor = $(DelegationEditor.class).single();
        editor.slots.setValue(-2);
        test(editor.save).click();
        assertThat(editor.fair.isInvalid()).isTrue();
        assertThat(editor.slots.getErrorMessage()).isEqualTo("必须大于 0");
        assertThat(editor.closes.isInvalid()).isTrue();
        var fair = fairs.create(actors.staff(), org.exportalliance.portal.support.Fairs.draft()).block();
        editor.fair.setItems(java.util.List.of(fair));
        editor.fair.setValue(fair);
        assertThat(editor.titleEn.getValue()).startsWith("Xinchang pavilion at Test Textile Machinery Expo");
        editor.closes.setValue(java.time.LocalDateTime.now().plusDays(20));
        editor.slots.setValue(12);
        editor.area.setValue(new BigDecimal("216"));
        editor.seats.setValue(36);
        test(editor.save).click();
        await(() -> getCurrentView() instanceof DelegationView);
        assertThat(getCurrentView()).isInstanceOf(DelegationView.class);
        assertThat(((DelegationView) getCurrentView()).slotsText.getText()).isEqualTo("12 / 12");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_list_shows_the_seeded_open_delegation_with_its_remaining_capacity() {
        DelegationsView view = navigate(DelegationsView.class);
        Delegation seeded = delegations.list(null).filter(d -> d.titleEn().startsWith("Xinchang pavilion at ITMA"))
                .blockFirst(java.time.Duration.ofSeconds(10));
        assertThat(seeded).isNotNull();
        assertThat(view.grid.getGenericDataView().getItems())
                .anySatisfy(row -> {
                    assertThat(row.id()).isEqualTo(seeded.id());
                    assertThat(row.title()).isEqualTo(seeded.titleZh());
                    assertThat(row.remaining()).isEqualTo(DelegationLabels.remaining(seeded.remaining(),
                            seeded.capacity(), view, java.util.Locale.SIMPLIFIED_CHINESE));
                });
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_list_reads_delegations_a_page_at_a_time_in_the_order_of_the_full_list() {
        open(5, "100", 20);
        DelegationsView view = navigate(DelegationsView.class);
        assertThat(view.grid.getDataProvider().isInMemory()).as("lazy: no session holds every delegation").isFalse();
        var all = delegations.list(null).map(Delegation::id).collectList().block(java.time.Duration.ofSeconds(10));
        assertThat(test(view.grid).size()).isEqualTo(all.size());
        assertThat(view.grid.getGenericDataView().getItems().map(DelegationRow::id)).containsExactlyElementsOf(all);
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_lazy_list_is_refreshed_when_a_delegation_changes_anywhere() {
        DelegationsView view = navigate(DelegationsView.class);
        java.util.concurrent.atomic.AtomicInteger refreshes = new java.util.concurrent.atomic.AtomicInteger();
        view.grid.getDataProvider().addDataProviderListener(e -> refreshes.incrementAndGet());

        Delegation opened = open(4, "40", 8);

        org.exportalliance.portal.support.UiTasks.await(() -> refreshes.get() > 0);
        assertThat(refreshes.get()).as("a live event refreshed the list").isPositive();
        assertThat(view.grid.getGenericDataView().getItems().map(DelegationRow::id)).contains(opened.id());
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_click_on_a_row_of_the_list_opens_that_delegation() {
        DelegationsView view = navigate(DelegationsView.class);
        DelegationRow first = test(view.grid).getRow(0);
        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(DelegationView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("delegation/" + first.id());
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_change_the_capacity_in_a_dialog_but_never_below_what_firms_hold() {
        Delegation d = open(5, "100", 20);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        DelegationView view = navigate(DelegationView.class, d.id().toString());
        test($(Button.class).id("edit-capacity")).click();
        CapacityDialog dialog = $(CapacityDialog.class).single();
        assertThat(dialog.slots.getHelperText()).contains("1");
        dialog.slots.setValue(0);
        test(dialog.save).click();
        await(() -> dialog.slots.isInvalid());
        assertThat(dialog.slots.getErrorMessage()).isEqualTo("必须大于 0");

        dialog.slots.setValue(8);
        dialog.area.setValue(new BigDecimal("10"));
        test(dialog.save).click();
        await(() -> dialog.save.isEnabled());
        assertThat(dialog.isOpened()).as("held 18 m² is more than 10 m²: refused, the dialog stays").isTrue();
        assertThat(delegations.find(d.id()).block().capacity().slots()).isEqualTo(5);

        dialog.area.setValue(new BigDecimal("150"));
        dialog.seats.setValue(30);
        test(dialog.save).click();
        await(() -> view.slotsText.getText().equals("7 / 8"));
        assertThat(view.slotsText.getText()).isEqualTo("7 / 8");
        assertThat(view.seatsText.getText()).isEqualTo("28 / 30");
        assertThat(dialog.isOpened()).isFalse();

        var roster = new java.io.ByteArrayOutputStream();
        test($(com.vaadin.flow.component.html.Anchor.class).id("export-roster")).download(roster);
        assertThat(roster.toByteArray()).as("an .xlsx is a zip").startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_set_tier_quotas_for_a_scored_delegation() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 6, "100", 20, AllocationPolicy.SCORED);
        navigate(DelegationView.class, d.id().toString());
        test($(Button.class).id("edit-quotas")).click();
        QuotasDialog dialog = $(QuotasDialog.class).single();
        dialog.quotas.get("CORE").setValue(2);
        dialog.quotas.get("ASSOCIATE").setValue(1);
        test(dialog.save).click();
        await(() -> !dialog.isOpened());
        assertThat(allocation.quotas(d.id()).block()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("CORE", 2, "ASSOCIATE", 1));
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_changes_its_pending_application_in_the_form_it_applied_with() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 6, "100", 20, AllocationPolicy.SCORED);
        DelegationApplication a = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18"))
                .block();
        DelegationView view = navigate(DelegationView.class, d.id().toString());
        test($(Button.class).id("application-edit")).click();
        ApplicationForm form = $(ApplicationForm.class).single();
        assertThat(form.travellers.getValue()).isEqualTo(2);
        assertThat(form.areaM2.getValue()).isEqualByComparingTo("18");
        form.travellers.setValue(4);
        form.areaM2.setValue(new BigDecimal("27"));
        test(form.submit).click();
        await(() -> !$(ApplicationsTab.class).single().firmPart.getChildren().findFirst().map(c -> c instanceof ApplicationForm).orElse(true));
        DelegationApplication changed = delegations.application(actors.member(), a.id()).block();
        assertThat(changed.travellers()).isEqualTo(4);
        assertThat(changed.areaM2()).isEqualByComparingTo("27");
        assertThat(changed.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_address_names_the_tab_so_a_link_opens_it_and_hidden_tabs_stay_closed() {
        Delegation d = open(5, "100", 20);
        com.vaadin.flow.component.UI.getCurrent().navigate(DelegationView.class, d.id().toString(),
                com.vaadin.flow.router.QueryParameters.of("tab", "costs"));
        assertThat($(com.vaadin.flow.component.html.Span.class).all())
                .noneMatch(span -> span.getId().filter("statement-total"::equals).isPresent());
        DelegationView view = (DelegationView) getCurrentView();
        assertThat(view.tabs.getSelectedIndex()).as("no place yet: the costs tab is hidden").isZero();

        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        com.vaadin.flow.component.UI.getCurrent().navigate(DelegationView.class, d.id().toString(),
                com.vaadin.flow.router.QueryParameters.of("tab", "costs"));
        assertThat($(com.vaadin.flow.component.html.Span.class).id("statement-total").getText()).startsWith("合计");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_fairs_page_lists_the_delegations_going_to_it_and_a_click_opens_one() {
        Delegation d = open(5, "100", 20);
        Fair fair = fairs.find(d.fairId()).block(java.time.Duration.ofSeconds(10));

        navigate(FairView.class, fair.id().toString());
        @SuppressWarnings("unchecked")
        Grid<Delegation> going = $(Grid.class).id("fair-delegations");
        assertThat(going.getGenericDataView().getItems().map(Delegation::id)).containsExactly(d.id());
        assertThat(test(going).getCellText(0, 0)).isEqualTo("测试展团");

        test(going).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(DelegationView.class);
        assertThat(((DelegationView) getCurrentView()).title.getText()).contains("测试展团");
    }
}
