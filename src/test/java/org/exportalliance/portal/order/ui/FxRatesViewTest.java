package org.exportalliance.portal.order.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.exportalliance.portal.order.FxRate;
import org.exportalliance.portal.order.FxRates;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class FxRatesViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired FxRates rates;
    @Autowired Clock clock;

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_enter_a_rate_and_see_it_listed_and_an_absurd_one_is_marked() {
        LocalDate day = LocalDate.now(clock).minusDays(100);
        FxRatesView view = navigate(FxRatesView.class);

        view.date.setValue(day);
        view.currency.setValue("AUD");
        view.cny.setValue(new BigDecimal("4.7311"));
        test(view.save).click();

        await(() -> view.grid.getGenericDataView().getItems().anyMatch(r -> r.currency().equals("AUD")
                && r.date().equals(day)));
        assertThat(rates.cnyPerUnit("AUD", day).block(WAIT)).isEqualByComparingTo("4.7311");

        view.cny.setValue(new BigDecimal("-1"));
        test(view.save).click();
        await(() -> view.cny.isInvalid());
        assertThat(view.cny.getErrorMessage()).startsWith("汇率须为大于 0");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void leaving_with_a_rate_typed_and_not_saved_asks_first_and_a_saved_one_does_not() {
        FxRatesView view = navigate(FxRatesView.class);
        view.currency.setValue("AUD");
        test(view.cny).setValue(new BigDecimal("4.7"));

        UI.getCurrent().navigate(OrdersView.class);
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(getCurrentView()).isSameAs(view);

        view.date.setValue(LocalDate.now(clock).minusDays(101));
        test(view.save).click();
        await(() -> view.grid.getGenericDataView().getItems().anyMatch(r -> r.currency().equals("AUD")
                && r.date().equals(LocalDate.now(clock).minusDays(101))));
        UI.getCurrent().navigate(OrdersView.class);
        assertThat(getCurrentView()).isInstanceOf(OrdersView.class);
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_file_with_a_bad_row_imports_nothing_and_names_the_row() {
        LocalDate day = LocalDate.now(clock).minusDays(120);
        FxRatesView view = navigate(FxRatesView.class);

        view.received(("日期,币种,汇率\n" + day + ",NZD,4.2\n" + day + ",NZD,4.3\n").getBytes(StandardCharsets.UTF_8));

        await(() -> !view.importProblems.getText().isEmpty());
        assertThat(view.importProblems.getText()).contains("rows[3].date").contains("出现了多次");
        assertThat(rates.recent(500).collectList().block(WAIT)).extracting(FxRate::date, FxRate::currency)
                .doesNotContain(tuple(day, "NZD"));
    }
}
