package org.exportalliance.portal.request.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.platform.live.AnotherInstance;
import org.exportalliance.portal.platform.live.ListenerPause;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * The calendar on the real database. Each test works in a year of its own after 2030, so the seeded years stay as
 * the migration left them for every other test of the shared portal.
 */
@PortalTest
class WorkingCalendarServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired WorkingCalendarService calendar;
    @Autowired CalendarSnapshots snapshots;
    @Autowired AuditService audit;
    @Autowired Actors actors;
    @Autowired ApplicationContext portal;
    @Autowired DatabaseClient db;

    static CalendarDayDraft holiday(String date, String nameZh, String nameEn) {
        return new CalendarDayDraft(LocalDate.parse(date), DayKind.HOLIDAY, nameZh, nameEn);
    }

    private Map<LocalDate, DayKind> kinds(int year) {
        return calendar.days(year).collectMap(CalendarDay::day, CalendarDay::kind).block(WAIT);
    }

    private boolean workingDay(String date) {
        return calendar.calendar().map(c -> c.isWorkingDay(LocalDate.parse(date))).block(WAIT);
    }

    @Test
    void the_seeded_years_hold_every_day_off_and_make_up_day_the_state_council_announced() {
        Map<LocalDate, DayKind> seeded = new java.util.TreeMap<>(kinds(2025));
        seeded.putAll(kinds(2026));
        assertThat(seeded).isEqualTo(OfficialDays.of2025And2026()).hasSize(72);
        CalendarDay nationalDay = calendar.find(LocalDate.of(2025, 10, 1)).block(WAIT);
        assertThat(nationalDay.nameZh()).isEqualTo("国庆节、中秋节");
        assertThat(nationalDay.nameEn()).isEqualTo("National Day and Mid-Autumn Festival");
        assertThat(nationalDay.updatedBy()).isNull();
        assertThat(calendar.find(LocalDate.of(2026, 2, 28)).block(WAIT).nameZh()).isEqualTo("春节调休上班");
    }

    @Test
    void deadlines_are_counted_on_the_seeded_calendar_in_the_portals_zone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        calendar.deadline(LocalDateTime.parse("2025-09-30T16:00").atZone(shanghai).toInstant(), Duration.ofHours(8))
                .as(StepVerifier::create)
                .expectNext(LocalDateTime.parse("2025-10-09T15:30").atZone(shanghai).toInstant())
                .verifyComplete();
    }

    @Test
    void staff_set_and_remove_a_day_each_change_is_audited_and_the_kept_calendar_here_sees_it_at_once() {
        assertThat(workingDay("2031-10-01")).isTrue();
        assertThat(snapshots.holdsOne()).as("read once, then kept").isTrue();
        java.util.UUID staffId = actors.staff().userId();

        // Without the listener: this instance sees its own changes as they commit, not when their events return.
        ListenerPause.during(portal, () -> {
            calendar.save(actors.staff(), holiday("2031-10-01", " 国庆节 ", "National Day"))
                    .as(StepVerifier::create)
                    .assertNext(saved -> {
                        assertThat(saved.nameZh()).isEqualTo("国庆节");
                        assertThat(saved.updatedBy()).isEqualTo(staffId);
                    })
                    .verifyComplete();
            assertThat(workingDay("2031-10-01")).as("the edit reaches the kept calendar").isFalse();
            audit.countFor(WorkingCalendarService.TOPIC, "2031-10-01").as(StepVerifier::create).expectNext(1L)
                    .verifyComplete();

            calendar.save(actors.staff(), new CalendarDayDraft(LocalDate.of(2031, 10, 11), DayKind.WORKDAY,
                    "国庆节调休上班", "National Day make-up working day")).block(WAIT);
            assertThat(workingDay("2031-10-11")).as("a Saturday made a working day").isTrue();

            calendar.remove(actors.staff(), LocalDate.of(2031, 10, 1)).as(StepVerifier::create).verifyComplete();
            assertThat(workingDay("2031-10-01")).isTrue();
            assertThat(kinds(2031)).containsOnlyKeys(LocalDate.of(2031, 10, 11));
            audit.countFor(WorkingCalendarService.TOPIC, "2031-10-01").as(StepVerifier::create).expectNext(2L)
                    .verifyComplete();
            calendar.remove(actors.staff(), LocalDate.of(2031, 10, 1)).as(StepVerifier::create)
                    .expectError(CalendarDayNotFound.class).verify();
        });
    }

    @Test
    void a_make_up_working_day_on_a_weekday_and_a_day_without_names_are_refused_per_field() {
        calendar.save(actors.staff(), new CalendarDayDraft(LocalDate.of(2031, 10, 8), DayKind.WORKDAY, " ", null))
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactly(
                        new FieldProblem("kind", "calendar.validation.workday-on-weekday"),
                        new FieldProblem("nameZh", "validation.required"),
                        new FieldProblem("nameEn", "validation.required")))
                .verify();
        calendar.save(actors.staff(), holiday("2031-10-09", "国庆\u0000节", "National Day"))
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("nameZh", "validation.control-characters")))
                .verify();
        assertThat(kinds(2031)).doesNotContainKeys(LocalDate.of(2031, 10, 8), LocalDate.of(2031, 10, 9));
    }

    @Test
    void a_member_may_read_the_calendar_but_not_change_it() {
        assertThat(kinds(2026)).isNotEmpty();
        calendar.save(actors.member(), holiday("2032-01-01", "元旦", "New Year's Day")).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        calendar.remove(actors.member(), LocalDate.of(2026, 10, 1)).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        calendar.importDays(actors.member(), "2032-01-01,HOLIDAY,元旦,New Year".getBytes(StandardCharsets.UTF_8))
                .as(StepVerifier::create).expectError(NotPermitted.class).verify();
        assertThat(kinds(2032)).isEmpty();
        assertThat(kinds(2026)).containsKey(LocalDate.of(2026, 10, 1));
    }

    @Test
    void staff_import_a_csv_of_days_all_at_once_and_the_kept_calendar_sees_them() {
        assertThat(workingDay("2033-01-31")).isTrue();
        String csv = """
                日期,类型,中文名称,英文名称
                2033-01-30,上班,春节调休上班,Spring Festival make-up working day
                2033/1/31,放假,春节,Spring Festival
                2033年2月1日,HOLIDAY,春节,Spring Festival
                """;
        calendar.importDays(actors.staff(), csv.getBytes(StandardCharsets.UTF_8)).as(StepVerifier::create)
                .expectNext(new CalendarImport(3, LocalDate.of(2033, 1, 30), LocalDate.of(2033, 2, 1)))
                .verifyComplete();
        assertThat(kinds(2033)).containsExactlyInAnyOrderEntriesOf(Map.of(LocalDate.of(2033, 1, 30), DayKind.WORKDAY,
                LocalDate.of(2033, 1, 31), DayKind.HOLIDAY, LocalDate.of(2033, 2, 1), DayKind.HOLIDAY));
        assertThat(workingDay("2033-01-31")).isFalse();
        assertThat(workingDay("2033-01-30")).as("a Sunday made a working day").isTrue();
    }

    @Test
    void a_file_with_bad_rows_is_refused_with_every_bad_row_and_saves_nothing() {
        String csv = """
                date,kind,name_zh,name_en
                2034-10-01,HOLIDAY,国庆节,National Day
                2034-10-04,WORKDAY,调休,Make-up day
                2034-13-01,HOLIDAY,国庆节,National Day
                2034-10-01,休,国庆节,
                2034-10-02,maybe,国庆节,National Day
                """;
        calendar.importDays(actors.staff(), csv.getBytes(StandardCharsets.UTF_8)).as(StepVerifier::create)
                .expectErrorSatisfies(e -> {
                    CalendarImportHasProblems refused = (CalendarImportHasProblems) e;
                    assertThat(refused.rows()).hasSize(5);
                    assertThat(refused.withProblems().stream().collect(Collectors.toMap(CalendarRow::row,
                            r -> r.problems().stream().map(CalendarRow.Problem::messageKey).toList())))
                            .containsExactlyInAnyOrderEntriesOf(Map.of(
                                    3, List.of("calendar.validation.workday-on-weekday"),
                                    4, List.of("calendar.import.date.unreadable"),
                                    5, List.of("calendar.import.duplicate", "validation.required"),
                                    6, List.of("calendar.import.kind.unknown")));
                    assertThat(refused.withProblems().get(2).problems().getFirst().args()).containsExactly(2);
                })
                .verify();
        assertThat(kinds(2034)).isEmpty();
    }

    @Test
    void an_xlsx_with_excel_dates_imports_like_a_csv() {
        byte[] xlsx = Spreadsheet.of(new Spreadsheet.Table("2035", List.of("Date", "Kind", "Name_ZH", "Name_EN"),
                List.of(Spreadsheet.Table.row(LocalDate.of(2035, 5, 1), "HOLIDAY", "劳动节", "Labour Day"),
                        Spreadsheet.Table.row(LocalDate.of(2035, 5, 5), "WORKDAY", "劳动节调休上班",
                                "Labour Day make-up working day")))).toXlsx();
        calendar.importDays(actors.staff(), xlsx).as(StepVerifier::create)
                .expectNext(new CalendarImport(2, LocalDate.of(2035, 5, 1), LocalDate.of(2035, 5, 5)))
                .verifyComplete();
        assertThat(kinds(2035)).containsEntry(LocalDate.of(2035, 5, 5), DayKind.WORKDAY);
        calendar.importDays(actors.staff(), "no dates here".getBytes(StandardCharsets.UTF_8)).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(CalendarImportHasProblems.class))
                .verify();
        calendar.importDays(actors.staff(), new byte[0]).as(StepVerifier::create)
                .expectError(CalendarFileRefused.class).verify();
    }

    @Test
    void a_change_announced_by_another_instance_drops_the_kept_calendar() {
        assertThat(workingDay("2036-06-02")).isTrue();
        // Another instance changes the table and announces it on commit; this one holds the calendar it read before.
        db.sql("insert into working_calendar_day (day, kind, name_zh, name_en) values "
                + "(date '2036-06-02', 'HOLIDAY', '端午节', 'Dragon Boat Festival')").then().block(WAIT);
        assertThat(workingDay("2036-06-02")).as("kept until told").isTrue();

        AnotherInstance.announces(db, WorkingCalendarService.TOPIC, "2036-06-02").block(WAIT);

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (workingDay("2036-06-02") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(workingDay("2036-06-02")).as("dropped on the live event, read again").isFalse();
    }
}
