package org.exportalliance.portal.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.exportalliance.portal.insight.MarketRow;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.shell.LocaleChoice;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class InsightViewsTest extends SpringBrowserlessTest {

    @Autowired Clock clock;
    @Autowired LocaleChoice locales;

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_sees_last_years_busy_markets_charted_and_the_rare_ones_withheld() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        AllianceInsightView view = navigate(AllianceInsightView.class);
        await(() -> view.marketGrid.getGenericDataView().getItems().findAny().isPresent());

        view.load(lastYear);
        await(() -> Integer.valueOf(lastYear).equals(view.year.getValue()));

        List<MarketRow> rows = view.marketGrid.getGenericDataView().getItems().toList();
        MarketRow india = rows.stream().filter(r -> "IN".equals(r.market())).findFirst().orElseThrow();
        MarketRow brazil = rows.stream().filter(r -> "BR".equals(r.market())).findFirst().orElseThrow();
        assertThat(view.marketGrid.marketName(india)).isEqualTo("印度");
        assertThat(view.marketGrid.text(india, MarketGrid.YEAR)).endsWith("万");
        assertThat(view.marketGrid.text(brazil, MarketGrid.YEAR)).isEqualTo("不公开");
        assertThat(IntStream.range(0, 13).mapToObj(c -> view.marketGrid.text(brazil, c)))
                .doesNotContain("⚑").allMatch(t -> t.equals("不公开") || t.equals("—"));
        assertThat(view.suppression.getText()).startsWith("由少于 3 家企业构成的数据不予公开");
        assertThat(view.markets.option()).contains("印度").doesNotContain("巴西");
        assertThat(view.monthly.option()).contains("\"type\":\"line\"").contains(lastYear + " 年")
                .contains((lastYear - 1) + " 年");
        assertThat(view.fairs.getGenericDataView().getItems()).isNotEmpty();
        assertThat(view.conversion.getGenericDataView().getItems()).hasSize(6);

        view.currency.setValue("USD");
        assertThat(view.markets.option()).contains("USD");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_every_figure_and_which_ones_members_do_not() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        AllianceInsightView view = navigate(AllianceInsightView.class);
        view.load(lastYear);
        await(() -> Integer.valueOf(lastYear).equals(view.year.getValue()));

        MarketRow brazil = view.marketGrid.getGenericDataView().getItems().filter(r -> "BR".equals(r.market()))
                .findFirst().orElseThrow();
        assertThat(view.marketGrid.text(brazil, MarketGrid.YEAR)).endsWith("⚑").doesNotContain("不公开");
        assertThat(view.suppression.getText()).startsWith("您是协会工作人员");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_sees_its_own_firms_orders_by_stage_and_market() {
        FirmInsightView view = navigate(FirmInsightView.class);
        view.load(LocalDate.now(clock).getYear() - 1);

        await(() -> view.stages.getGenericDataView().getItems().findAny().isPresent()
                && view.marketGrid.getGenericDataView().getItems().count() > 1);
        assertThat(view.stages.getGenericDataView().getItems().map(s -> s.stage()).toList()).contains("PAID")
                .isSortedAccordingTo(java.util.Comparator.comparing(OrderStage::valueOf));
        assertThat(view.byAttribution.getGenericDataView().getItems().map(w -> w.key())).contains("DIRECT");
        assertThat(view.monthly.option()).contains("\"type\":\"bar\"");
        assertThat(view.openQuotes.getText()).isNotBlank();
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void in_english_the_dashboard_its_charts_and_its_amounts_read_in_english() {
        locales.choose(Locale.ENGLISH); // firmadmin is the one demo user whose saved choice is English in these tests
        int lastYear = LocalDate.now(clock).getYear() - 1;
        AllianceInsightView view = navigate(AllianceInsightView.class);
        view.load(lastYear);
        await(() -> Integer.valueOf(lastYear).equals(view.year.getValue()));

        MarketRow india = view.marketGrid.getGenericDataView().getItems().filter(r -> "IN".equals(r.market()))
                .findFirst().orElseThrow();
        MarketRow brazil = view.marketGrid.getGenericDataView().getItems().filter(r -> "BR".equals(r.market()))
                .findFirst().orElseThrow();
        assertThat(view.marketGrid.marketName(india)).isEqualTo("India");
        assertThat(view.marketGrid.text(india, MarketGrid.YEAR)).endsWith("M");
        assertThat(view.marketGrid.text(brazil, MarketGrid.YEAR)).isEqualTo("withheld");
        assertThat(view.suppression.getText()).startsWith("Figures built from fewer than 3 firms");
        assertThat(view.monthly.option()).contains("\"Jan\"").contains("\"" + lastYear + "\"");
        assertThat(view.markets.option()).contains("India").doesNotContain("Brazil");
        assertThat(view.getPageTitle()).isEqualTo("Alliance export insight");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_are_pointed_to_the_alliance_dashboard_from_the_firm_one() {
        FirmInsightView view = navigate(FirmInsightView.class);
        assertThat(view.stages.isAttached()).isFalse();
    }
}
