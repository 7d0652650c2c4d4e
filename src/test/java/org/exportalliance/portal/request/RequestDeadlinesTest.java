package org.exportalliance.portal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.request.calendar.WorkingTime;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The deadline watch on the real database: a clock past half its working time warns once; a clock past its deadline
 * escalates once, however many runs or instances look at it; runs side by side act once between them.
 */
@PortalTest
class RequestDeadlinesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired RequestService requests;
    @Autowired RequestDeadlines deadlines;
    @Autowired SlaClocks sla;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;
    @Autowired Clock clock;

    @Test
    void a_clock_past_half_its_time_warns_once_and_one_past_its_deadline_escalates_once() {
        Actor member = actors.member();
        ServiceRequest half = requests.file(member, draft()).block(WAIT);
        ServiceRequest late = requests.file(member, draft()).block(WAIT);
        WorkingTime time = sla.workingTime().block(WAIT);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // CUSTOMS at NORMAL allows 510 working minutes to accept: 200 left is 60 % used.
        setAcceptDue(half.id(), SlaClocks.at(time, now, Duration.ofMinutes(200)));
        setAcceptDue(late.id(), now.minusDays(3));

        Integer acted = Mono.zip(deadlines.run(), deadlines.run()).map(t -> Math.max(t.getT1(), 0)
                + Math.max(t.getT2(), 0)).block(WAIT);
        deadlines.run().block(WAIT);

        assertThat(levels(half.id())).containsExactly((short) 50);
        assertThat(levels(late.id())).as("every level recorded").containsExactly((short) 50, (short) 75, (short) 100);
        assertThat(acted).isGreaterThanOrEqualTo(2);
        assertThat(notices(late, "request.notice.sla.ACCEPT.100")).as("escalated to staff, once").isEqualTo(
                staffCount());
        assertThat(notices(late, "request.notice.sla.ACCEPT.50")).as("not told of the lower levels at once")
                .isZero();
        assertThat(notices(half, "request.notice.sla.ACCEPT.50")).isEqualTo(staffCount());
    }

    @Test
    void used_is_the_share_of_the_target_spent_and_all_of_it_once_nothing_is_left() {
        assertThat(RequestDeadlines.used(Duration.ofMinutes(100), Duration.ofMinutes(40))).isEqualTo(60);
        assertThat(RequestDeadlines.used(Duration.ofMinutes(100), Duration.ZERO)).isEqualTo(100);
        assertThat(RequestDeadlines.used(Duration.ofMinutes(100), Duration.ofMinutes(-5))).isEqualTo(100);
        assertThat(RequestDeadlines.used(Duration.ofMinutes(100), Duration.ofMinutes(150))).isZero();
    }

    private void setAcceptDue(UUID id, OffsetDateTime due) {
        db.sql("update service_request set accept_due_at = :due where id = :id").bind("due", due).bind("id", id)
                .then().block(WAIT);
    }

    private List<Short> levels(UUID id) {
        return db.sql("select level from request_sla_alert where request_id = :id order by level").bind("id", id)
                .map(row -> row.get("level", Short.class)).all().collectList().block(WAIT);
    }

    private long notices(ServiceRequest r, String key) {
        return db.sql("select count(*) as n from notification where message_key = :key and args[1] = :ref")
                .bind("key", key).bind("ref", r.reference()).map(row -> row.get("n", Long.class)).one().block(WAIT);
    }

    private long staffCount() {
        return db.sql("select count(*) as n from app_user where 'STAFF' = any(roles) and enabled")
                .map(row -> row.get("n", Long.class)).one().block(WAIT);
    }

    private static RequestDraft draft() {
        return new RequestDraft("CUSTOMS", "原产地证书 " + UUID.randomUUID(), "需要 E 表。", Priority.NORMAL, null, null);
    }
}
