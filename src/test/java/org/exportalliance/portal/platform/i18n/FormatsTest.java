package org.exportalliance.portal.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void money_is_the_code_and_the_amount_at_the_currencys_scale_in_both_languages() {
        assertThat(Formats.money(new BigDecimal("12345.5"), "USD", ZH)).isEqualTo("USD 12,345.50");
        assertThat(Formats.money(new BigDecimal("12345.5"), "USD", EN)).isEqualTo("USD 12,345.50");
        assertThat(Formats.money(new BigDecimal("1200000"), "JPY", EN)).isEqualTo("JPY 1,200,000");
        assertThat(Formats.yuan(new BigDecimal("3200"), ZH)).isEqualTo("CNY 3,200.00");
    }

    @Test
    void money_without_an_amount_is_empty_and_an_unknown_code_keeps_two_decimals() {
        assertThat(Formats.money(null, "USD", EN)).isEmpty();
        assertThat(Formats.money(new BigDecimal("7.125"), "XYZ", EN)).isEqualTo("XYZ 7.12");
        assertThat(Formats.money(new BigDecimal("7"), null, EN)).isEqualTo("7.00");
    }

    @Test
    void a_month_is_written_with_its_year_as_each_language_writes_it() {
        assertThat(Formats.month(java.time.LocalDate.of(2026, 12, 1), java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2026年12月");
        assertThat(Formats.month(java.time.LocalDate.of(2026, 12, 1), java.util.Locale.ENGLISH)).isEqualTo("Dec 2026");
    }

    @Test
    void percentages_areas_and_changes() {
        assertThat(Formats.percent(0.125, 1, ZH)).isEqualTo("12.5%");
        assertThat(Formats.percent(0.87f, 0, EN)).isEqualTo("87%");
        assertThat(Formats.change(new BigDecimal("0.125"), EN)).isEqualTo("+12.5%");
        assertThat(Formats.change(new BigDecimal("-0.2"), EN)).isEqualTo("-20%");
        assertThat(Formats.area(new BigDecimal("18.25"), ZH)).isEqualTo("18.2 m²");
    }

    @Test
    void a_date_has_one_format_per_language_and_a_regional_locale_writes_as_its_language() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertThat(Formats.date(day, ZH)).isEqualTo("2026年12月7日");
        assertThat(Formats.date(day, Locale.TRADITIONAL_CHINESE)).isEqualTo("2026年12月7日");
        assertThat(Formats.date(day, EN)).isEqualTo("Dec 7, 2026");
        assertThat(Formats.date(day, Locale.UK)).isEqualTo("Dec 7, 2026");
    }

    @Test
    void a_moment_is_written_in_the_alliances_zone() {
        Instant lateUtc = Instant.parse("2026-12-06T17:30:00Z");
        assertThat(Formats.date(lateUtc, SHANGHAI, ZH)).isEqualTo("2026年12月7日");
        assertThat(Formats.dateTime(lateUtc, SHANGHAI, ZH)).isEqualTo("2026年12月7日 01:30");
        assertThat(Formats.dateTime(lateUtc, SHANGHAI, EN)).contains("Dec 7, 2026").contains("1:30");
    }
}
