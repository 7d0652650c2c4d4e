package org.exportalliance.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.exportalliance.portal.request.calendar.WorkingTime;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Reading a request's clocks for its page and the lists: each running clock's working time left on the calendar,
 * overdue once its deadline has passed, a paused clock's time left, and the nearest running deadline.
 */
@PortalTest
class RequestClocksTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired RequestService requests;
    @Autowired RequestTriage triage;
    @Autowired RequestHandling handling;
    @Autowired SlaClocks sla;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;
    @Autowired Clock clock;

    @Test
    void a_running_clock_reads_the_working_time_left_and_a_passed_one_reads_overdue() {
        ServiceRequest filed = requests.file(actors.member(), draft("CUSTOMS")).block(WAIT);
        WorkingTime time = sla.workingTime().block(WAIT);
        RequestClocks clocks = requests.clocks().block(WAIT);

        RequestClocks.Reading accept = clocks.nearest(filed).orElseThrow();
        assertThat(accept.clock()).isEqualTo(SlaClock.ACCEPT);
        assertThat(accept.due()).isEqualTo(filed.state().acceptDueAt());
        assertThat(accept.overdue()).isFalse();
        // CUSTOMS at NORMAL allows 510 working minutes to accept, counted from filing a moment ago.
        assertThat(accept.left()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(510))
                .isEqualTo(time.elapsed(clocks.now().toInstant(), accept.due().toInstant()));
        assertThat(clocks.workingDay()).isEqualTo(Duration.ofMinutes(510));

        OffsetDateTime passed = OffsetDateTime.now(clock).minusDays(30);
        db.sql("update service_request set accept_due_at = :due where id = :id").bind("due", passed)
                .bind("id", filed.id()).then().block(WAIT);
        ServiceRequest late = requests.find(actors.member(), filed.id()).block(WAIT);
        RequestClocks.Reading overdue = requests.clocks().block(WAIT).of(late).getFirst();
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.left()).as("a month ago is many working days ago")
                .isLessThanOrEqualTo(Duration.ofMinutes(-4 * 510));
    }

    @Test
    void a_request_waiting_on_the_firm_reads_its_paused_clock_and_the_running_ones_come_nearest_first() {
        ServiceRequest r = requests.file(actors.member(), draft("CUSTOMS")).block(WAIT);
        r = triage.accept(actors.staff(), r.id(), r.version()).block(WAIT);
        UUID desk = triage.units().filter(u -> u.kind() == ResponderUnit.Kind.DEPARTMENT).blockFirst(WAIT).id();
        r = triage.dispatch(actors.staff(), r.id(), r.version(), desk).block(WAIT);
        RequestClocks clocks = requests.clocks().block(WAIT);
        assertThat(clocks.of(r)).extracting(RequestClocks.Reading::clock)
                .containsExactly(SlaClock.TAKE, SlaClock.RESOLVE);
        assertThat(clocks.nearest(r).orElseThrow().clock()).as("2 working days to take, 10 to resolve")
                .isEqualTo(SlaClock.TAKE);

        r = handling.take(actors.staff(), r.id(), r.version()).block(WAIT);
        r = handling.pause(actors.staff(), r.id(), r.version(), "请补充发票。").block(WAIT);

        RequestClocks.Reading paused = requests.clocks().block(WAIT).of(r).getFirst();
        assertThat(paused.paused()).isTrue();
        assertThat(paused.clock()).isEqualTo(SlaClock.RESOLVE);
        assertThat(paused.left()).isEqualTo(Duration.ofSeconds(r.state().resolveLeftSeconds()));
        assertThat(requests.clocks().block(WAIT).nearest(r)).as("nothing runs while it waits").isEmpty();
    }

    private static RequestDraft draft(String category) {
        return new RequestDraft(category, "诉求 " + UUID.randomUUID(), "需要帮助。", Priority.NORMAL, null, null);
    }
}
