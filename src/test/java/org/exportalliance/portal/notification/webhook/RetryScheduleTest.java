package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    final RetrySchedule schedule = RetrySchedule.STANDARD;

    @Test
    void ten_attempts_at_the_specifications_delays_over_about_three_days_then_give_up() {
        List<Duration> waits = new ArrayList<>();
        for (int made = 0; !schedule.givesUp(made); made++) {
            waits.add(schedule.next(made, null).orElseThrow());
        }
        assertThat(waits).containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
                Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));
        assertThat(schedule.next(10, null)).isEmpty();
        assertThat(schedule.next(11, Duration.ofSeconds(1))).isEmpty();
        assertThat(schedule.span()).isEqualTo(Duration.parse("PT75H35M5S"));
    }

    @Test
    void retry_after_lengthens_a_wait_never_shortens_it_and_counts_for_a_day_at_most() {
        assertThat(schedule.next(1, Duration.ofSeconds(120))).contains(Duration.ofSeconds(120));
        assertThat(schedule.next(3, Duration.ofSeconds(120))).contains(Duration.ofMinutes(30));
        assertThat(schedule.next(2, Duration.ofDays(365))).contains(Duration.ofHours(24));
        assertThat(schedule.next(2, Duration.ofSeconds(-5))).contains(Duration.ofMinutes(5));
    }

    @Test
    void retry_after_is_read_as_seconds_or_as_an_http_date() {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Mon, 07 Dec 2026 08:30:00 GMT", now)).contains(Duration.ofMinutes(30));
        assertThat(RetryAfter.parse("Mon, 07 Dec 2026 07:00:00 GMT", now)).as("a date passed").contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEqualTo(Optional.empty());
    }
}
