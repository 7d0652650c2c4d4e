package org.exportalliance.portal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The closed loop of a request, on the real database: the firm files, staff accept and dispatch, a unit member
 * takes it, pauses it on a question, resolves it, and the firm reopens it, then confirms and rates it. Each step is
 * allowed only to its people and only from where the request stands; another firm never sees it.
 */
@PortalTest
class RequestLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired RequestService requests;
    @Autowired RequestTriage triage;
    @Autowired RequestHandling handling;
    @Autowired RequestClosing closing;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;
    @Autowired Clock clock;

    Actor member;
    Actor staff;
    Actor responder;
    UUID unit;

    @BeforeEach
    void aUnitWithTheLeaderAsItsMember() {
        member = actors.member();
        staff = actors.staff();
        responder = actors.of("leader");
        unit = UUID.randomUUID();
        db.sql("""
                        insert into responder_unit (id, name_zh, name_en, kind, lead_user_id, created_at)
                        values (:id, :zh, :en, 'CHAIN_LEADER', :lead, now())""")
                .bind("id", unit).bind("zh", "测试单元 " + unit).bind("en", "Test unit " + unit)
                .bind("lead", responder.userId()).then()
                .then(db.sql("insert into responder_member (unit_id, user_id) values (:unit, :user)")
                        .bind("unit", unit).bind("user", responder.userId()).then())
                .block(WAIT);
    }

    @Test
    void a_request_goes_round_the_loop_and_its_history_shows_each_step_to_the_right_people() {
        ServiceRequest filed = requests.file(member, draft("CUSTOMS", Priority.HIGH)).block(WAIT);
        assertThat(filed.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(filed.reference()).matches("QH-\\d{6}");
        assertThat(filed.state().acceptDueAt()).as("the accept clock runs").isAfter(filed.filedAt());

        ServiceRequest accepted = triage.accept(staff, filed.id(), filed.version()).block(WAIT);
        assertThat(accepted.status()).isEqualTo(RequestStatus.QUEUED);
        assertThat(accepted.state().acceptDueAt()).isNull();
        assertThat(accepted.state().resolveDueAt()).isNotNull();

        ServiceRequest dispatched = triage.dispatch(staff, filed.id(), accepted.version(), unit).block(WAIT);
        assertThat(dispatched.unitId()).isEqualTo(unit);
        assertThat(dispatched.state().takeDueAt()).isNotNull();
        assertThat(requests.find(responder, filed.id()).block(WAIT).id()).as("the unit sees it").isEqualTo(filed.id());

        ServiceRequest taken = handling.take(responder, filed.id(), dispatched.version()).block(WAIT);
        assertThat(taken.state().takenBy()).isEqualTo(responder.userId());
        ServiceRequest waiting = handling.pause(responder, filed.id(), taken.version(), "请提供报关单号").block(WAIT);
        assertThat(waiting.state().resolveDueAt()).as("paused").isNull();
        assertThat(waiting.state().resolveLeftSeconds()).isPositive();
        requests.comment(responder, filed.id(), "内部：已联系海关", true).block(WAIT);
        requests.comment(member, filed.id(), "报关单号 223320260001", false).block(WAIT);
        ServiceRequest resumed = handling.resume(responder, filed.id(), waiting.version()).block(WAIT);
        assertThat(resumed.state().resolveDueAt()).isNotNull();
        ServiceRequest resolved = handling.resolve(responder, filed.id(), resumed.version(), "已协助办理出口许可")
                .block(WAIT);
        assertThat(resolved.status()).isEqualTo(RequestStatus.RESOLVED);

        ServiceRequest reopened = closing.reopen(member, filed.id(), resolved.version(), "许可证上的型号有误")
                .block(WAIT);
        assertThat(reopened.status()).isEqualTo(RequestStatus.DISPATCHED);
        assertThat(reopened.unitId()).as("back to the same unit").isEqualTo(unit);
        assertThat(reopened.state().clockRound()).isGreaterThan(dispatched.state().clockRound());
        ServiceRequest again = handling.take(responder, filed.id(), reopened.version()).block(WAIT);
        ServiceRequest fixed = handling.resolve(responder, filed.id(), again.version(), "型号已更正").block(WAIT);
        ServiceRequest closed = closing.confirm(member, filed.id(), fixed.version(), 5, "很及时").block(WAIT);
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.state().rating()).isEqualTo(5);

        List<RequestEvent.Kind> firmSees = requests.history(member, filed.id()).map(RequestEvent::kind)
                .collectList().block(WAIT);
        assertThat(firmSees).containsExactly(RequestEvent.Kind.FILED, RequestEvent.Kind.ACCEPTED,
                RequestEvent.Kind.DISPATCHED, RequestEvent.Kind.TAKEN, RequestEvent.Kind.PAUSED,
                RequestEvent.Kind.COMMENT, RequestEvent.Kind.RESUMED, RequestEvent.Kind.RESOLVED,
                RequestEvent.Kind.REOPENED, RequestEvent.Kind.TAKEN, RequestEvent.Kind.RESOLVED,
                RequestEvent.Kind.CONFIRMED);
        assertThat(requests.history(responder, filed.id()).map(RequestEvent::kind).collectList().block(WAIT))
                .as("the unit sees its internal note").contains(RequestEvent.Kind.NOTE);
    }

    @Test
    void another_firm_never_sees_a_request_and_nobody_takes_a_step_that_is_not_theirs() {
        ServiceRequest filed = requests.file(member, draft("VISA", Priority.NORMAL)).block(WAIT);

        assertThatThrownBy(() -> requests.find(actors.member2(), filed.id()).block(WAIT))
                .isInstanceOf(RequestNotFound.class);
        assertThat(requests.list(actors.member2(), RequestFilter.none(), 0, 500).map(ServiceRequest::id)
                .collectList().block(WAIT)).doesNotContain(filed.id());
        assertThatThrownBy(() -> triage.accept(member, filed.id(), filed.version()).block(WAIT))
                .as("a firm does not triage").isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> requests.comment(member, filed.id(), "x", true).block(WAIT))
                .as("a firm writes no internal notes").isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> handling.take(responder, filed.id(), filed.version()).block(WAIT))
                .as("not dispatched to the unit: it cannot even see it").isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> closing.confirm(member, filed.id(), filed.version(), 4, null).block(WAIT))
                .as("nothing to confirm yet").isInstanceOf(IllegalRequestStep.class);

        ServiceRequest accepted = triage.accept(staff, filed.id(), filed.version()).block(WAIT);
        assertThatThrownBy(() -> triage.accept(staff, filed.id(), filed.version()).block(WAIT))
                .as("a version already changed").isInstanceOf(ChangedConcurrently.class);
        assertThat(accepted.version()).isGreaterThan(filed.version());
    }

    @Test
    void a_draft_is_refused_field_by_field_and_a_lab_test_must_name_its_samples() {
        assertThatThrownBy(() -> requests.file(member, new RequestDraft("NOPE", " ", "x\u0000y", null, null, null))
                .block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("category", "title", "description", "urgency"));
        assertThatThrownBy(() -> requests.file(member, draft("LAB_TEST", Priority.NORMAL)).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("samples.count", "samples.material"));
        ServiceRequest lab = requests.file(member, new RequestDraft("LAB_TEST", "断裂强力测试", "三批坯布",
                Priority.NORMAL, null, new LabSamples(3, "涤棉坯布", "GB/T 3923.1-2013"))).block(WAIT);
        assertThat(lab.category()).isEqualTo("LAB_TEST");
        assertThatThrownBy(() -> requests.file(member, new RequestDraft("CUSTOMS", "关于他人订单", "x",
                Priority.LOW, new Concerns(Concerns.Kind.ORDER, UUID.randomUUID()), null)).block(WAIT))
                .as("an order that is not the firm's").isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> requests.file(staff, draft("OTHER", Priority.LOW)).block(WAIT))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void a_higher_priority_brings_a_running_clock_forward_and_an_unconfirmed_resolution_closes_itself() {
        ServiceRequest filed = requests.file(member, draft("POLICY", Priority.LOW)).block(WAIT);
        ServiceRequest urgent = triage.prioritise(staff, filed.id(), filed.version(), Priority.URGENT).block(WAIT);
        assertThat(urgent.state().acceptDueAt()).isBefore(filed.state().acceptDueAt());

        ServiceRequest accepted = triage.accept(staff, filed.id(), urgent.version()).block(WAIT);
        ServiceRequest dispatched = triage.dispatch(staff, filed.id(), accepted.version(), unit).block(WAIT);
        ServiceRequest taken = handling.take(responder, filed.id(), dispatched.version()).block(WAIT);
        ServiceRequest resolved = handling.resolve(responder, filed.id(), taken.version(), "已答复").block(WAIT);
        db.sql("update service_request set resolved_at = :long_ago where id = :id")
                .bind("long_ago", OffsetDateTime.now(clock).minusDays(30)).bind("id", filed.id()).then().block(WAIT);

        List<UUID> due = closing.unconfirmedFor(5).map(ServiceRequest::id).collectList().block(WAIT);
        assertThat(due).contains(filed.id());
        ServiceRequest stale = requests.find(member, filed.id()).block(WAIT);
        ServiceRequest closed = closing.closeUnconfirmed(stale).block(WAIT);
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.state().autoClosed()).isTrue();
        assertThat(resolved.state().autoClosed()).isFalse();
        assertThat(closing.closeUnconfirmed(stale).blockOptional(WAIT)).as("once").isEmpty();
    }

    @Test
    void staff_are_offered_the_units_that_serve_a_category_first_with_their_load() {
        db.sql("insert into responder_category (unit_id, category_code) values (:unit, 'FINANCE')")
                .bind("unit", unit).then().block(WAIT);
        List<UnitSuggestion> offered = triage.suggestions(staff, "FINANCE").collectList().block(WAIT);
        assertThat(offered).isNotEmpty();
        assertThat(offered.getFirst().serves()).isTrue();
        assertThat(offered).filteredOn(s -> s.unit().id().equals(unit)).singleElement()
                .satisfies(s -> assertThat(s.unit().members()).isEqualTo(Set.of(responder.userId())));
        assertThatThrownBy(() -> triage.suggestions(member, "FINANCE").collectList().block(WAIT))
                .isInstanceOf(NotPermitted.class);
    }

    private static RequestDraft draft(String category, Priority urgency) {
        return new RequestDraft(category, "出口许可咨询 " + UUID.randomUUID(), "我们需要办理两用物项出口许可。", urgency,
                null, null);
    }
}
