package org.exportalliance.portal.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.exportalliance.portal.request.MonthFigures;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The requests dashboard page: staff see every unit's months, the open requests and a chart of the rates; a member
 * sees only alliance-wide rows and no open requests; the period changes what is shown; the export link is there.
 */
@BrowserlessPortalTest
class RequestDashboardViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_every_units_months_the_open_requests_and_the_chart_of_the_rates() {
        RequestDashboardView view = navigate(RequestDashboardView.class);
        List<MonthFigures> twelve = view.months.getGenericDataView().getItems().toList();
        assertThat(twelve).isNotEmpty();
        assertThat(twelve.stream().map(MonthFigures::unitId).distinct().count()).isGreaterThan(1);
        assertThat(view.open.isVisible()).isTrue();
        assertThat(view.chart.option()).contains("\"yAxisIndex\":1").contains("按时受理率").contains("满意率");
        assertThat(test(view.months).getCellText(0, test(view.months).getColumnPosition("accepted"))).endsWith("%");
        assertThat($(Anchor.class).all()).anySatisfy(a -> assertThat(a.getText().strip()).isEqualTo("导出 Excel"));

        view.period.setValue(24);
        assertThat(view.months.getGenericDataView().getItems().count()).isGreaterThan(twelve.size());
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_sees_only_alliance_wide_rows_three_firms_are_behind() {
        RequestDashboardView view = navigate(RequestDashboardView.class);
        assertThat(view.scopeNote.getText()).contains("至少 3 家企业");
        assertThat(view.open.isVisible()).isFalse();
        assertThat(view.months.getGenericDataView().getItems().toList()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.unitId()).isNull());
        assertThat(test(view.months).getCellText(0, test(view.months).getColumnPosition("unit")))
                .isEqualTo("未派单（联盟合计）");
    }
}
