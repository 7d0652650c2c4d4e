package org.exportalliance.portal.request.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.request.calendar.CalendarDay;
import org.exportalliance.portal.request.calendar.CalendarDayDraft;
import org.exportalliance.portal.request.calendar.DayKind;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.RowClicks;
import org.exportalliance.portal.support.UiTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Staff's working-calendar page, in Chinese: a year's days, a day added, a day removed only after asking. */
@BrowserlessPortalTest
@WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
class WorkingCalendarViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired WorkingCalendarService calendar;
    @Autowired Actors actors;

    private static List<CalendarDay> rows(Grid<CalendarDay> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    private int rowOf(Grid<CalendarDay> grid, LocalDate day) {
        List<CalendarDay> shown = rows(grid);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).day().equals(day)) {
                return i;
            }
        }
        throw new AssertionError(day + " is not in the grid");
    }

    private Button rowAction(Grid<CalendarDay> grid, LocalDate day, String className) {
        return test(grid).getCellComponent(rowOf(grid, day), "actions").getChildren()
                .filter(c -> c.hasClassName(className)).map(Button.class::cast).findFirst().orElseThrow();
    }

    @Test
    void staff_see_a_years_days_off_and_make_up_days_with_their_weekdays_in_chinese() {
        WorkingCalendarView view = navigate(WorkingCalendarView.class);
        assertThat(view.getPageTitle()).startsWith("工作日历");
        view.year.setValue(2025);

        List<CalendarDay> shown = rows(view.grid);
        assertThat(shown).hasSize(33).extracting(CalendarDay::day).isSorted();
        int nationalDay = rowOf(view.grid, LocalDate.of(2025, 10, 1));
        assertThat(test(view.grid).getCellText(nationalDay, 0)).isEqualTo("2025年10月1日");
        assertThat(test(view.grid).getCellText(nationalDay, 1)).isEqualTo("星期三");
        assertThat(((Span) test(view.grid).getCellComponent(nationalDay, "kind")).getText()).isEqualTo("放假");
        assertThat(test(view.grid).getCellText(nationalDay, 3)).isEqualTo("国庆节、中秋节");
        int makeUp = rowOf(view.grid, LocalDate.of(2025, 9, 28));
        assertThat(((Span) test(view.grid).getCellComponent(makeUp, "kind")).getText()).isEqualTo("调休上班");
        assertThat($(Paragraph.class).id("calendar-intro").getText()).contains("09:00–17:30");

        // Nothing is seeded for 2027 (its schedule is announced late in the year before), and no test writes it.
        view.year.setValue(2027);
        assertThat(rows(view.grid)).isEmpty();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("这一年还没有放假或调休上班的安排。");
    }

    @Test
    void staff_add_a_day_in_the_dialog_and_a_make_up_day_on_a_weekday_is_marked_before_anything_is_sent() {
        WorkingCalendarView view = navigate(WorkingCalendarView.class);
        view.year.setValue(2028);
        test(view.add).click();
        CalendarDayDialog dialog = $(CalendarDayDialog.class).single();
        dialog.date.setValue(LocalDate.of(2028, 10, 4));
        dialog.kind.setValue(DayKind.WORKDAY);
        dialog.nameZh.setValue("国庆节调休上班");
        dialog.nameEn.setValue("National Day make-up working day");

        test(dialog.save).click();
        assertThat(dialog.kind.isInvalid()).isTrue();
        assertThat(dialog.kind.getErrorMessage()).isEqualTo("调休上班日只能是周六或周日。");
        assertThat(dialog.isOpened()).isTrue();

        dialog.kind.setValue(DayKind.HOLIDAY);
        dialog.nameZh.setValue("国庆节");
        dialog.nameEn.setValue("National Day");
        test(dialog.save).click();
        UiTasks.await(() -> !dialog.isOpened());

        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view.grid)).extracting(CalendarDay::day).contains(LocalDate.of(2028, 10, 4));
        assertThat(calendar.calendar().block(WAIT).isWorkingDay(LocalDate.of(2028, 10, 4))).isFalse();
    }

    @Test
    void a_click_on_a_day_opens_it_for_editing_with_its_date_fixed() {
        calendar.save(actors.staff(), new CalendarDayDraft(LocalDate.of(2028, 6, 5), DayKind.HOLIDAY, "端午节",
                "Dragon Boat Festival")).block(WAIT);
        WorkingCalendarView view = navigate(WorkingCalendarView.class);
        view.year.setValue(2028);

        RowClicks.click(view.grid, rows(view.grid).get(rowOf(view.grid, LocalDate.of(2028, 6, 5))), "nameZh", 1);

        CalendarDayDialog dialog = $(CalendarDayDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("修改日期");
        assertThat(dialog.date.getValue()).isEqualTo(LocalDate.of(2028, 6, 5));
        assertThat(dialog.date.isReadOnly()).isTrue();
        assertThat(dialog.nameEn.getValue()).isEqualTo("Dragon Boat Festival");
    }

    @Test
    void deleting_a_day_asks_first_naming_it_and_going_back_keeps_it() {
        LocalDate day = LocalDate.of(2028, 9, 29);
        calendar.save(actors.staff(), new CalendarDayDraft(day, DayKind.HOLIDAY, "中秋节", "Mid-Autumn Festival"))
                .block(WAIT);
        WorkingCalendarView view = navigate(WorkingCalendarView.class);
        view.year.setValue(2028);

        test(rowAction(view.grid, day, "delete-day")).click();
        Confirmation asked = $(Confirmation.class).single();
        assertThat(asked.getHeaderTitle()).isEqualTo("删除2028年9月29日？");
        assertThat($(Paragraph.class).id("confirmation-text").getText()).contains("2028年9月29日", "中秋节");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(asked.isOpened()).isFalse();
        assertThat(rows(view.grid)).extracting(CalendarDay::day).contains(day);

        test(rowAction(view.grid, day, "delete-day")).click();
        Confirmation again = $(Confirmation.class).single();
        test($(Button.class).id("confirmation-confirm")).click();
        UiTasks.await(() -> !again.isOpened());

        assertThat(rows(view.grid)).extracting(CalendarDay::day).doesNotContain(day);
        assertThat(calendar.calendar().block(WAIT).isWorkingDay(day)).isTrue();
    }

    @Test
    void a_file_with_a_bad_row_lists_it_in_the_dialog_and_a_good_file_imports() {
        WorkingCalendarView view = navigate(WorkingCalendarView.class);
        view.year.setValue(2028);
        test(view.importFile).click();
        CalendarImportDialog dialog = $(CalendarImportDialog.class).single();

        dialog.received("2028-11-01,放假,国庆节,National Day\n2028-11-08,上班,调休,Make-up day\n"
                .getBytes(StandardCharsets.UTF_8));
        UiTasks.await(dialog.summary::isVisible);
        assertThat(dialog.summary.getText()).isEqualTo("1 行有问题（共 2 行），未导入任何内容。");
        assertThat(dialog.shownProblems()).extracting(r -> r.row()).containsExactly(2);
        assertThat(dialog.problems(dialog.shownProblems().getFirst())).isEqualTo("类型：调休上班日只能是周六或周日。");
        assertThat(rows(view.grid)).extracting(CalendarDay::day).doesNotContain(LocalDate.of(2028, 11, 1));

        dialog.received("2028-11-01,放假,国庆节,National Day\n2028-11-04,上班,国庆节调休上班,Make-up day\n"
                .getBytes(StandardCharsets.UTF_8));
        UiTasks.await(() -> !dialog.isOpened());
        assertThat(rows(view.grid)).extracting(CalendarDay::day)
                .contains(LocalDate.of(2028, 11, 1), LocalDate.of(2028, 11, 4));
    }
}
