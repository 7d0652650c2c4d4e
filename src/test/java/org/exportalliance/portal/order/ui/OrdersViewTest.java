package org.exportalliance.portal.order.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.order.Attribution;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.FxRate;
import org.exportalliance.portal.order.FxRates;
import org.exportalliance.portal.order.Incoterm;
import org.exportalliance.portal.order.OrderDraft;
import org.exportalliance.portal.order.OrderLineDraft;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.support.GridBadges;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.RowClicks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class OrdersViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired OrderService orders;
    @Autowired FxRates rates;
    @Autowired Actors actors;
    @Autowired Clock clock;

    private static List<ExportOrder> rows(Grid<ExportOrder> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    private int rowOf(Grid<ExportOrder> grid, UUID id) {
        List<ExportOrder> shown = rows(grid);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("order " + id + " is not in the grid");
    }

    private ExportOrder shownNamed(Grid<ExportOrder> grid, String buyer) {
        return rows(grid).stream().filter(o -> o.buyerName().equals(buyer)).findFirst()
                .orElseThrow(() -> new AssertionError(buyer + " is not in the grid"));
    }

    private ExportOrder direct(String buyer) {
        return orders.create(actors.member(), new OrderDraft(buyer, "IT", "EUR", "FOB", "Ningbo", "DIRECT", null,
                null, null, null, List.of(new OrderLineDraft("WEAVING", "Rapier loom", 2, new BigDecimal("52000")))))
                .block(WAIT);
    }

    /** Opens the order form and fills in a direct order's header in CNY. */
    private OrderForm openForm(OrdersView view, String buyer, String country, String place) {
        test(view.create).click();
        OrderForm form = $(OrderForm.class).single();
        form.buyerName.setValue(buyer);
        form.destination.setValue(country);
        form.currency.setValue("CNY");
        form.namedPlace.setValue(place);
        form.attribution.setValue(Attribution.DIRECT);
        return form;
    }

    private static void fill(OrderLineFields line, String category, String model, int quantity, String price) {
        line.category.setValue(category);
        line.model.setValue(model);
        line.quantity.setValue(quantity);
        line.unitPrice.setValue(new BigDecimal(price));
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_records_an_order_and_confirms_it_and_sees_its_cny_total() {
        LocalDate today = LocalDate.now(clock);
        rates.set(actors.staff(), new FxRate(today, "USD", new BigDecimal("7.2500"))).block(WAIT);
        String buyer = "Hanoi Garments " + UUID.randomUUID().toString().substring(0, 8);
        OrdersView view = navigate(OrdersView.class);

        OrderForm form = openForm(view, buyer, "VN", "Haiphong");
        form.incoterm.setValue(Incoterm.CIF);
        fill(form.lines.getFirst(), "KNITTING", "Circular knitting machine", 4, "186000.50");
        test(form.save).click();

        await(() -> !form.isOpened());
        ExportOrder saved = shownNamed(view.grid, buyer);
        int row = rowOf(view.grid, saved.id());
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("越南");
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("CIF Haiphong");
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("CNY 744,002.00");
        assertThat(GridBadges.text(view.grid, "stage", rows(view.grid).get(row))).isEqualTo("已报价");

        Component actions = test(view.grid).getCellComponent(row, "actions");
        test((Button) actions.getChildren().filter(c -> c.hasClassName("order-advance")).findFirst().orElseThrow())
                .click();
        OrderStageDialog dialog = $(OrderStageDialog.class).single();
        assertThat(dialog.stage.getListDataView().getItems()).containsExactly(OrderStage.CONFIRMED,
                OrderStage.CANCELLED);
        dialog.stage.setValue(OrderStage.CONFIRMED);
        test(dialog.confirm).click();

        await(() -> !dialog.isOpened());
        row = rowOf(view.grid, saved.id());
        assertThat(GridBadges.text(view.grid, "stage", rows(view.grid).get(row))).isEqualTo("已确认");
        assertThat(test(view.grid).getCellText(row, 4)).isEqualTo("CNY 744,002.00");
        assertThat(orders.find(actors.member(), saved.id()).block(WAIT).fx()).isNotNull();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void an_order_opens_with_its_lines_and_history_and_its_firm_edits_it() {
        ExportOrder order = direct("Como Tessuti " + UUID.randomUUID().toString().substring(0, 8));
        OrdersView view = navigate(OrdersView.class);

        test(view.grid).clickRow(rowOf(view.grid, order.id()));
        OrderDetailDialog detail = $(OrderDetailDialog.class).single();
        assertThat(test(detail.lines).getCellText(0, 0)).as("the category by its name").isEqualTo("织造机械");
        assertThat(test(detail.lines).getCellText(0, 1)).isEqualTo("Rapier loom");
        assertThat(test(detail.lines).getCellText(0, 3)).isEqualTo("EUR 104,000.00");
        await(() -> detail.shownStages().size() == 1);
        assertThat(test(detail.stages).getCellText(0, 0)).isEqualTo("已报价");
        assertThat(test(detail.stages).getCellText(0, 2)).isEqualTo("天姥纺机 李娜");
        assertThat(detail.edit.isVisible()).isTrue();

        test(detail.edit).click();
        OrderForm form = $(OrderForm.class).single();
        assertThat(form.buyerName.getValue()).isEqualTo(order.buyerName());
        assertThat(form.lines).hasSize(1);
        form.lines.getFirst().quantity.setValue(3);
        test(form.save).click();

        await(() -> !form.isOpened());
        ExportOrder edited = orders.find(actors.member(), order.id()).block(WAIT);
        assertThat(edited.total().amount()).isEqualByComparingTo("156000");
        assertThat(edited.version()).isEqualTo(order.version() + 1);
        assertThat(test(view.grid).getCellText(rowOf(view.grid, order.id()), 3)).isEqualTo("EUR 156,000.00");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_bad_line_is_marked_in_the_form_and_nothing_is_saved() {
        String buyer = "Bad Line " + UUID.randomUUID().toString().substring(0, 8);
        OrdersView view = navigate(OrdersView.class);

        OrderForm form = openForm(view, buyer, "IT", "Shanghai");
        OrderLineFields line = form.lines.getFirst();
        fill(line, "WEAVING", "Air-jet loom", 0, "100");
        test(form.save).click();

        await(() -> line.quantity.isInvalid());
        assertThat(line.quantity.getErrorMessage()).isEqualTo("数量须为 1 到 10000 之间的整数");
        assertThat(form.isOpened()).isTrue();
        assertThat(form.save.isEnabled()).isTrue();
        assertThat(rows(view.grid)).noneMatch(o -> o.buyerName().equals(buyer));
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void cancelling_an_order_asks_first_and_nothing_happens_until_confirmed() {
        ExportOrder order = direct("Biella Lane " + UUID.randomUUID().toString().substring(0, 8));
        OrdersView view = navigate(OrdersView.class);
        Component actions = test(view.grid).getCellComponent(rowOf(view.grid, order.id()), "actions");
        test((Button) actions.getChildren().filter(c -> c.hasClassName("order-advance")).findFirst().orElseThrow())
                .click();
        OrderStageDialog dialog = $(OrderStageDialog.class).single();
        dialog.stage.setValue(OrderStage.CANCELLED);
        test(dialog.confirm).click();

        assertThat($(Dialog.class).id("confirmation").getHeaderTitle())
                .isEqualTo("取消订单“" + order.buyerName() + "”？");
        assertThat($(Paragraph.class).id("confirmation-text").getText())
                .contains(Formats.date(LocalDate.now(clock), Locale.SIMPLIFIED_CHINESE)).contains("不再计入成交额")
                .doesNotContain(LocalDate.now(clock).toString());
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(orders.find(actors.member(), order.id()).block(WAIT).stage()).isEqualTo(OrderStage.QUOTED);

        test(dialog.confirm).click();
        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> !dialog.isOpened());
        assertThat(orders.find(actors.member(), order.id()).block(WAIT).stage()).isEqualTo(OrderStage.CANCELLED);
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_order_form_asks_before_esc_or_its_close_button_drop_what_was_typed() {
        OrdersView view = navigate(OrdersView.class);
        test(view.create).click();
        OrderForm form = $(OrderForm.class).single();
        ComponentUtil.fireEvent(form, new Dialog.DialogCloseActionEvent(form, true));
        assertThat(form.isOpened()).as("nothing typed: Esc closes at once").isFalse();

        test(view.create).click();
        OrderForm again = $(OrderForm.class).single();
        test(again.buyerName).setValue("Typed Buyer");
        ComponentUtil.fireEvent(again, new Dialog.DialogCloseActionEvent(again, true));
        assertThat(again.isOpened()).isTrue();
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(again.buyerName.getValue()).isEqualTo("Typed Buyer");

        test($(Button.class).withText("关闭").single()).click();
        assertThat(again.isOpened()).as("the close button asks too").isTrue();
        test($(Button.class).id("confirmation-confirm")).click();
        assertThat(again.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void another_firm_does_not_see_the_order() {
        ExportOrder theirs = direct("Prato Filati " + UUID.randomUUID().toString().substring(0, 8));

        OrdersView view = navigate(OrdersView.class);

        assertThat(rows(view.grid)).extracting(ExportOrder::id).doesNotContain(theirs.id());
        assertThat(rows(view.grid)).allMatch(o -> o.firmId().equals(actors.member2().firmId()));
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_every_firms_orders_with_the_firm_and_record_none() {
        ExportOrder order = direct("Como Seta " + UUID.randomUUID().toString().substring(0, 8));

        OrdersView view = navigate(OrdersView.class);

        int row = rowOf(view.grid, order.id());
        assertThat(view.grid.getColumnByKey("firm")).isNotNull();
        assertThat(test(view.grid).getCellText(row, 1)).isNotBlank();
        assertThat(view.create.isVisible()).isFalse();
        assertThat(test(view.grid).getCellComponent(row, "actions").getChildren()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_cut_short_cell_shows_its_full_text_on_hover_and_the_actions_stay_in_view() {
        ExportOrder order = direct("Tessitura Comasca Riunita di Seta e Affini " + UUID.randomUUID().toString()
                .substring(0, 8));

        OrdersView view = navigate(OrdersView.class);

        assertThat(view.grid.getColumnByKey("buyer").getTooltipGenerator().apply(order))
                .isEqualTo(order.buyerName());
        assertThat(view.grid.getColumnByKey("total").getTooltipGenerator().apply(order))
                .startsWith(order.total().currency() + " ");
        assertThat(view.grid.getColumnByKey("total").isAutoWidth()).as("as wide as its values").isTrue();
        assertThat(view.grid.getColumnByKey("total").getFlexGrow()).isZero();
        assertThat(view.grid.getColumnByKey("actions").isFrozenToEnd()).as("never pushed off-screen").isTrue();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_list_filters_by_text_stage_currency_and_destination_in_the_service() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ExportOrder euro = direct("Filtri " + tag);
        OrdersView view = navigate(OrdersView.class);
        assertThat(view.currency.getListDataView().getItems()).as("what the orders have").contains("EUR")
                .doesNotContain("XAF");

        view.text.setValue("filtri " + tag);
        assertThat(rows(view.grid)).extracting(ExportOrder::id).containsExactly(euro.id());
        view.stage.setValue(OrderStage.PAID);
        assertThat(rows(view.grid)).isEmpty();
        view.stage.setValue(OrderStage.QUOTED);
        view.currency.setValue("EUR");
        view.destination.setValue("IT");
        view.from.setValue(LocalDate.now(clock));
        assertThat(rows(view.grid)).extracting(ExportOrder::id).containsExactly(euro.id());
        view.destination.setValue("DE");
        assertThat(rows(view.grid)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_click_on_an_orders_buttons_opens_no_detail_and_a_double_click_opens_one() {
        ExportOrder order = direct("Clicks " + UUID.randomUUID());
        OrdersView view = navigate(OrdersView.class);
        ExportOrder shown = rows(view.grid).get(rowOf(view.grid, order.id()));

        RowClicks.click(view.grid, shown, "actions", 1);
        assertThat($(OrderDetailDialog.class).all()).isEmpty();

        RowClicks.doubleClick(view.grid, shown);
        assertThat($(OrderDetailDialog.class).all()).hasSize(1);
    }
}
