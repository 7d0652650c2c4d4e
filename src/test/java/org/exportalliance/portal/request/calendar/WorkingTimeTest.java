package org.exportalliance.portal.request.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Working time on the 2025 and 2026 calendars, 09:00–17:30 (8.5 h a working day) in Asia/Shanghai, against cases
 * computed by hand, and against a plain day-by-day count for many random spans.
 */
class WorkingTimeTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar CALENDAR = OfficialDays.calendar();
    final WorkingTime time = new WorkingTime(CALENDAR, WorkingHours.DEFAULT, SHANGHAI);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static Duration hours(double h) {
        return Duration.ofMinutes(Math.round(h * 60));
    }

    @Test
    void sixteen_hours_filed_on_friday_afternoon_run_through_the_make_up_sunday_before_national_day() {
        // Fri 2025-09-26 15:00–17:30: 2.5 h, 13.5 h left. Sat 09-27: a weekend day. Sun 09-28: a make-up working day,
        // 8.5 h, 5 h left. Mon 09-29: 09:00 + 5 h = 14:00. (Without the make-up Sunday it would be Tue 09-30 14:00.)
        assertThat(time.deadline(at("2025-09-26T15:00"), hours(16))).isEqualTo(at("2025-09-29T14:00"));
        assertThat(new WorkingTime(WorkingCalendar.WEEKDAYS, WorkingHours.DEFAULT, SHANGHAI)
                .deadline(at("2025-09-26T15:00"), hours(16))).isEqualTo(at("2025-09-30T14:00"));
        assertThat(time.elapsed(at("2025-09-26T15:00"), at("2025-09-29T14:00"))).isEqualTo(hours(16));
    }

    @Test
    void eight_hours_filed_the_day_before_national_day_2025_land_after_the_eight_days_off() {
        // Tue 2025-09-30 16:00–17:30: 1.5 h, 6.5 h left. 10-01 to 10-08 are days off. Thu 10-09: 09:00 + 6.5 h = 15:30.
        assertThat(time.deadline(at("2025-09-30T16:00"), hours(8))).isEqualTo(at("2025-10-09T15:30"));
        // 16 h: 1.5 h, then 8.5 h on 10-09 (6 h left), then Fri 10-10 09:00 + 6 h = 15:00.
        assertThat(time.deadline(at("2025-09-30T16:00"), hours(16))).isEqualTo(at("2025-10-10T15:00"));
        // 24 h: 1.5 + 8.5 + 8.5 = 18.5 h by Fri evening, 5.5 h left: Sat 10-11 (make-up) 09:00 + 5.5 h = 14:30.
        assertThat(time.deadline(at("2025-09-30T16:00"), hours(24))).isEqualTo(at("2025-10-11T14:30"));
        // Across the whole holiday only the 1.5 h of 09-30 and the 2 h of 10-09 morning count.
        assertThat(time.elapsed(at("2025-09-30T16:00"), at("2025-10-09T11:00"))).isEqualTo(hours(3.5));
        assertThat(time.elapsed(at("2025-10-01T00:00"), at("2025-10-09T00:00"))).isZero();
    }

    @Test
    void a_clock_started_on_a_holiday_starts_at_the_next_opening() {
        // Fri 2025-10-03 is a day off; the next opening is Thu 10-09 09:00, so 2 h end at 11:00.
        assertThat(time.deadline(at("2025-10-03T10:00"), hours(2))).isEqualTo(at("2025-10-09T11:00"));
        assertThat(time.elapsed(at("2025-10-03T10:00"), at("2025-10-09T11:00"))).isEqualTo(hours(2));
    }

    @Test
    void a_clock_started_after_hours_or_before_opening_starts_at_the_next_opening() {
        // Thu 2025-10-09 20:00 is after closing: Fri 10-10 09:00 + 1 h.
        assertThat(time.deadline(at("2025-10-09T20:00"), hours(1))).isEqualTo(at("2025-10-10T10:00"));
        // 07:00 is before opening: 09:00 + 30 min.
        assertThat(time.deadline(at("2025-10-09T07:00"), hours(0.5))).isEqualTo(at("2025-10-09T09:30"));
        // Started at closing on Fri 10-10, a whole day ends at the closing of Sat 10-11 (a make-up day), not on Monday.
        assertThat(time.deadline(at("2025-10-10T17:30"), hours(8.5))).isEqualTo(at("2025-10-11T17:30"));
        assertThat(time.elapsed(at("2025-10-09T17:30"), at("2025-10-10T09:00"))).isZero();
    }

    @Test
    void a_zero_duration_ends_where_it_starts_and_a_negative_one_is_refused() {
        assertThat(time.deadline(at("2025-10-03T10:00"), Duration.ZERO)).isEqualTo(at("2025-10-03T10:00"));
        assertThatThrownBy(() -> time.deadline(at("2025-10-03T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(time.elapsed(at("2025-10-09T12:00"), at("2025-10-09T10:00"))).isZero();
    }

    @Test
    void spring_festival_2026_counts_both_saturday_make_up_days_and_none_of_the_nine_days_off() {
        // Fri 2026-02-13 17:00–17:30: 0.5 h; Sat 02-14 is a make-up day: 09:00 + 3.5 h = 12:30.
        assertThat(time.deadline(at("2026-02-13T17:00"), hours(4))).isEqualTo(at("2026-02-14T12:30"));
        // Sat 02-14 12:00–17:30: 5.5 h, 18.5 h left; 02-15 to 02-23 off; Tue 02-24 8.5 h (10 h left), Wed 02-25 8.5 h
        // (1.5 h left); Thu 02-26 09:00 + 1.5 h = 10:30.
        assertThat(time.deadline(at("2026-02-14T12:00"), hours(24))).isEqualTo(at("2026-02-26T10:30"));
        // Fri 02-13 09:00 to Mon 03-02 09:00: 02-13, Sat 02-14, 02-24 to 02-27 and Sat 02-28: 7 days of 8.5 h.
        assertThat(time.elapsed(at("2026-02-13T09:00"), at("2026-03-02T09:00"))).isEqualTo(hours(7 * 8.5));
    }

    @Test
    void plus_working_days_skips_days_off_and_counts_make_up_days() {
        WorkingCalendar calendar = CALENDAR;
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 1)).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 15), 0)).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 10, 9), -1)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        // 2026: 261 weekdays, 19 of them days off (元旦 2, 春节 6, 清明 1, 劳动节 3, 端午 1, 中秋 1, 国庆 5), 6 make-up days.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(248);
        // 2025: 261 weekdays, 18 off (元旦 1, 春节 6, 清明 1, 劳动节 3, 端午 1, 国庆 6), 5 make-up days.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo(248);
        // The 248th working day after New Year's Eve 2025 is the last working day of 2026, Thu 12-31.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 12, 31), 248)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void plus_working_days_agrees_with_walking_day_by_day_for_many_spans() {
        WorkingCalendar calendar = CALENDAR;
        Random random = new Random(16_2025);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = LocalDate.of(2024, 11, 1).plusDays(random.nextInt(900));
            int days = random.nextInt(601) - 300;
            LocalDate walked = from;
            for (int left = Math.abs(days); left > 0; ) {
                walked = walked.plusDays(Integer.signum(days));
                if (calendar.isWorkingDay(walked)) {
                    left--;
                }
            }
            assertThat(calendar.plusWorkingDays(from, days)).as("%s %+d", from, days).isEqualTo(walked);
        }
    }

    @Test
    void elapsed_until_the_deadline_is_the_duration_asked_for_from_any_start() {
        Random random = new Random(20_251_001);
        Instant base = at("2024-12-01T00:00");
        for (int i = 0; i < 5_000; i++) {
            Instant start = base.plusSeconds(random.nextLong(Duration.ofDays(760).toSeconds()));
            Duration d = Duration.ofSeconds(random.nextLong(Duration.ofHours(i % 10 == 0 ? 2_000 : 60).toSeconds()));
            Instant deadline = time.deadline(start, d);
            assertThat(time.elapsed(start, deadline)).as("from %s for %s", start, d).isEqualTo(d);
            assertThat(elapsedDayByDay(start, deadline)).as("from %s for %s", start, d).isEqualTo(d);
            if (!d.isZero()) {
                assertThat(time.elapsed(start, deadline.minusSeconds(1))).isLessThan(d);
                assertThat(withinHours(deadline)).as("%s ends within working hours", deadline).isTrue();
            }
        }
    }

    /** The reference: each day's overlap with its working window, one day after another. */
    private Duration elapsedDayByDay(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = from.atZone(SHANGHAI).toLocalDate(); !day.isAfter(to.atZone(SHANGHAI).toLocalDate());
                day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                Instant open = ZonedDateTime.of(day, LocalTime.of(9, 0), SHANGHAI).toInstant();
                Instant close = ZonedDateTime.of(day, LocalTime.of(17, 30), SHANGHAI).toInstant();
                Instant start = from.isAfter(open) ? from : open;
                Instant end = to.isBefore(close) ? to : close;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private boolean withinHours(Instant moment) {
        ZonedDateTime local = moment.atZone(SHANGHAI);
        LocalTime t = local.toLocalTime();
        return CALENDAR.isWorkingDay(local.toLocalDate()) && t.isAfter(LocalTime.of(9, 0))
                && !t.isAfter(LocalTime.of(17, 30));
    }

    @Test
    void a_day_whose_clock_jumps_inside_the_window_counts_the_time_that_really_passes() {
        // Berlin's clocks go from 02:00 to 03:00 on Sun 2026-03-29; make it a working day with hours 01:00–04:00.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WorkingCalendar calendar = WorkingCalendar.of(java.util.Map.of(LocalDate.of(2026, 3, 29), DayKind.WORKDAY));
        WorkingTime jumping = new WorkingTime(calendar, WorkingHours.parse("01:00-04:00"), berlin);
        Instant friday = LocalDateTime.parse("2026-03-27T01:00").atZone(berlin).toInstant();
        Instant monday = LocalDateTime.parse("2026-03-30T04:00").atZone(berlin).toInstant();
        // Fri 3 h, Sun 2 h (01:00–04:00 with an hour skipped), Mon 3 h.
        assertThat(jumping.elapsed(friday, monday)).isEqualTo(Duration.ofHours(8));
        assertThat(jumping.deadline(friday, Duration.ofHours(5)))
                .isEqualTo(LocalDateTime.parse("2026-03-29T04:00").atZone(berlin).toInstant());
        assertThat(jumping.deadline(friday, Duration.ofHours(6)))
                .isEqualTo(LocalDateTime.parse("2026-03-30T02:00").atZone(berlin).toInstant());
    }

    @Test
    void working_hours_are_read_from_the_setting_and_nonsense_is_refused() {
        assertThat(WorkingHours.parse("09:00-17:30")).isEqualTo(WorkingHours.DEFAULT);
        assertThat(WorkingHours.parse(" 8:30 - 12:00 ").length()).isEqualTo(Duration.ofMinutes(210));
        assertThatThrownBy(() -> WorkingHours.parse("17:30-09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.parse("9-17")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.parse("09:00-25:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
