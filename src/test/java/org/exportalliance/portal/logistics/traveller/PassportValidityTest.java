package org.exportalliance.portal.logistics.traveller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PassportValidityTest {

    static final LocalDate FAIR_END = LocalDate.of(2026, 12, 6);

    @Test
    void a_passport_expiring_the_day_before_six_months_after_the_fair_is_flagged() {
        assertThat(PassportValidity.flagged(LocalDate.of(2027, 6, 5), FAIR_END)).isTrue();
    }

    @Test
    void a_passport_expiring_exactly_six_months_after_the_fair_or_later_is_not() {
        assertThat(PassportValidity.flagged(LocalDate.of(2027, 6, 6), FAIR_END)).isFalse();
        assertThat(PassportValidity.flagged(LocalDate.of(2027, 6, 7), FAIR_END)).isFalse();
    }

    @Test
    void a_passport_expiring_during_or_before_the_fair_is_flagged() {
        assertThat(PassportValidity.flagged(FAIR_END, FAIR_END)).isTrue();
        assertThat(PassportValidity.flagged(FAIR_END.minusYears(1), FAIR_END)).isTrue();
    }

    @Test
    void month_ends_follow_the_calendar() {
        // 31 August + 6 months is the last day of February.
        LocalDate end = LocalDate.of(2026, 8, 31);
        assertThat(PassportValidity.flagged(LocalDate.of(2027, 2, 27), end)).isTrue();
        assertThat(PassportValidity.flagged(LocalDate.of(2027, 2, 28), end)).isFalse();
    }
}
