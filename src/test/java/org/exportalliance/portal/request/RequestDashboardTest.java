package org.exportalliance.portal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requests dashboard over the demo's two years: staff see every unit's months with the three rates and medians,
 * the lab only its own unit, and a member only alliance-wide months and categories at least three firms filed in.
 */
@PortalTest
class RequestDashboardTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired RequestDashboard dashboard;
    @Autowired RequestWorkbook workbook;
    @Autowired Responders responders;
    @Autowired Actors actors;
    @Autowired Clock clock;

    @Test
    void staff_see_every_unit_with_rates_and_medians_and_the_open_requests() {
        YearMonth now = YearMonth.now(clock);
        RequestDashboard.View view = dashboard.view(actors.staff(), now.minusMonths(23), now).block(WAIT);
        assertThat(view.scope()).isEqualTo(RequestDashboard.Scope.ALL_UNITS);
        assertThat(view.months()).hasSizeGreaterThan(24);
        assertThat(view.months().stream().map(MonthFigures::unitId).collect(Collectors.toSet())).hasSizeGreaterThan(1);
        assertThat(view.months()).anySatisfy(f -> {
            assertThat(f.acceptedInTimeRate()).isBetween(0.0, 1.0);
            assertThat(f.resolvedInTimeRate()).isBetween(0.0, 1.0);
            assertThat(f.satisfiedRate()).isBetween(0.0, 1.0);
            assertThat(f.medianAcceptSeconds()).isPositive();
        });
        long satisfied = view.months().stream().mapToLong(MonthFigures::satisfied).sum();
        long rated = view.months().stream().mapToLong(MonthFigures::rated).sum();
        assertThat((double) satisfied / rated).as("most firms are content").isGreaterThan(0.5);
        assertThat(view.open()).isNotEmpty();
        assertThat(view.open().stream().mapToLong(OpenFigures::overdue).sum()).as("the demo's overdue request")
                .isPositive();
    }

    @Test
    void the_lab_sees_only_its_unit_and_a_member_only_figures_three_firms_are_behind() {
        YearMonth now = YearMonth.now(clock);
        UUID lab = responders.all().filter(u -> u.kind() == ResponderUnit.Kind.LAB).map(ResponderUnit::id)
                .blockFirst(WAIT);
        RequestDashboard.View labView = dashboard.view(actors.of("lab"), now.minusMonths(23), now).block(WAIT);
        assertThat(labView.scope()).isEqualTo(RequestDashboard.Scope.OWN_UNITS);
        assertThat(labView.months()).isNotEmpty().allSatisfy(f -> assertThat(f.unitId()).isEqualTo(lab));

        RequestDashboard.View member = dashboard.view(actors.member(), now.minusMonths(23), now).block(WAIT);
        assertThat(member.scope()).isEqualTo(RequestDashboard.Scope.ALLIANCE_WIDE);
        assertThat(member.open()).isEmpty();
        assertThat(member.months()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.unitId()).isNull();
            assertThat(f.firms()).isGreaterThanOrEqualTo(RequestDashboard.MIN_FIRMS);
        });
        assertThat(member.months()).anySatisfy(f -> assertThat(f.category()).isEqualTo(MonthFigures.ALL_CATEGORIES));
        Set<String> categories = member.months().stream().map(MonthFigures::category).collect(Collectors.toSet());
        assertThat(categories).isNotEmpty();
    }

    @Test
    void the_workbook_is_an_xlsx_headed_in_the_readers_language_and_a_wrong_range_is_refused() {
        YearMonth now = YearMonth.now(clock);
        RequestWorkbook.File file = workbook.of(actors.staff(), now.minusMonths(11), now, Locale.ENGLISH)
                .block(WAIT);
        assertThat(file.content()).startsWith((byte) 'P', (byte) 'K');
        assertThat(file.fileName()).startsWith("Requests ").endsWith(".xlsx");
        assertThatThrownBy(() -> dashboard.view(actors.staff(), now, now.minusMonths(1)).block(WAIT))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> dashboard.view(actors.staff(), now.minusMonths(40), now).block(WAIT))
                .isInstanceOf(InvalidInput.class);
    }
}
