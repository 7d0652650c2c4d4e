package org.exportalliance.portal.request.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** The database backs the calendar's rules: rows that bypass the service are refused by constraints. */
@PortalTest
class WorkingCalendarConstraintsTest {

    @Autowired DatabaseClient db;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "make-up day on a Wednesday | '2041-10-02' | 'WORKDAY' | '调休'             | 'Make-up'  | working_calendar_workday_on_weekend",
            "unknown kind               | '2041-10-03' | 'HALFDAY' | '半天'             | 'Half'     | working_calendar_day_kind_check",
            "blank Chinese name         | '2041-10-04' | 'HOLIDAY' | '  '               | 'Holiday'  | working_calendar_day_name_zh_check",
            "control character          | '2041-10-05' | 'HOLIDAY' | \"'国庆' || chr(1)\" | 'Holiday'  | working_calendar_day_name_zh_check",
            "line break in English name | '2041-10-06' | 'HOLIDAY' | '国庆'             | \"'a' || chr(10)\" | working_calendar_day_name_en_check",
            "a day beyond 2100          | '2101-10-01' | 'HOLIDAY' | '国庆'             | 'Holiday'  | working_calendar_day_day_check"})
    void a_row_breaking_the_rules_is_refused(String why, String day, String kind, String nameZh, String nameEn,
            String constraint) {
        db.sql("insert into working_calendar_day (day, kind, name_zh, name_en) values (date " + day + ", " + kind
                        + ", " + nameZh + ", " + nameEn + ")")
                .then()
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining(constraint))
                .verify();
    }
}
