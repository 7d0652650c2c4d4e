package org.exportalliance.portal.fair;

import static org.assertj.core.api.Assertions.assertThat;

import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** The database backs the rules: rows that bypass the service are refused by constraints. */
@PortalTest
class FairConstraintsTest {

    @Autowired DatabaseClient db;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "end before start       | 'DE' | '2027-05-10' | '2027-05-01' | array['WEAVING'] | 'SCHEDULED' | null     | fair_dates_ordered",
            "too long               | 'DE' | '2027-01-01' | '2027-06-01' | array['WEAVING'] | 'SCHEDULED' | null     | fair_duration_sane",
            "lower-case country     | 'de' | '2027-05-01' | '2027-05-02' | array['WEAVING'] | 'SCHEDULED' | null     | fair_country_check",
            "unknown sector         | 'DE' | '2027-05-01' | '2027-05-02' | array['LOOMS']   | 'SCHEDULED' | null     | fair_sectors_check",
            "no sector              | 'DE' | '2027-05-01' | '2027-05-02' | array[]::text[]  | 'SCHEDULED' | null     | fair_sectors_check",
            "cancelled, no reason   | 'DE' | '2027-05-01' | '2027-05-02' | array['WEAVING'] | 'CANCELLED' | null     | fair_cancel_has_reason",
            "reason, not cancelled  | 'DE' | '2027-05-01' | '2027-05-02' | array['WEAVING'] | 'SCHEDULED' | 'reason' | fair_cancel_has_reason"})
    void a_row_breaking_the_rules_is_refused(String why, String country, String start, String end, String sectors,
            String status, String reason, String constraint) {
        db.sql("insert into fair (id, name_zh, name_en, city, country, venue, start_date, end_date, sectors, status, "
                        + "cancel_reason) values (gen_random_uuid(), '约束展', 'Constraint Expo " + System.nanoTime()
                        + "', 'Köln', " + country + ", 'Messe', date " + start + ", date " + end + ", " + sectors
                        + ", " + status + ", " + reason + ")")
                .then()
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining(constraint))
                .verify();
    }
}
