package org.exportalliance.portal.request.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestDraft;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * Staff's setup of requests on the real database: categories, SLA targets and units. Each test adds categories and
 * units of its own, so the seeded taxonomy and the demo's units stay as they are for every other test.
 */
@PortalTest
class RequestSetupTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired CategorySetup categories;
    @Autowired SlaSetup sla;
    @Autowired UnitSetup units;
    @Autowired RequestService requests;
    @Autowired RequestTriage triage;
    @Autowired WorkingCalendarService calendar;
    @Autowired AuditService audit;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    Actor staff;
    Actor member;
    Actor leader;

    @BeforeEach
    void people() {
        staff = actors.staff();
        member = actors.member();
        leader = actors.of("leader");
    }

    static String code() {
        return "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    CategoryEntry newCategory() {
        String code = code();
        return categories.add(staff, new CategoryDraft(code, "测试类别 " + code, "Test category " + code, 500))
                .block(WAIT);
    }

    UnitEntry newUnit(String category) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return units.create(staff, new UnitDraft("测试单元 " + tag, "Test unit " + tag,
                ResponderUnit.Kind.CHAIN_LEADER, leader.userId(), Set.of(leader.userId()), Set.of(category)))
                .block(WAIT);
    }

    ServiceRequest file(String category, Priority urgency) {
        return requests.file(member, new RequestDraft(category, "出口许可咨询", "需要了解出口许可的办理流程", urgency, null,
                null)).block(WAIT);
    }

    @Test
    void staff_add_a_category_that_is_offered_with_default_targets_and_each_change_is_audited() {
        CategoryEntry added = categories.add(staff, new CategoryDraft(" t_visa_plus ", " 签证加急 ", "Visa express", 25))
                .block(WAIT);
        String code = added.code();
        assertThat(code).isEqualTo("T_VISA_PLUS");
        assertThat(added.category().active()).isTrue();
        assertThat(added.version()).isEqualTo(1);
        assertThat(requests.categories().map(RequestCategory::code).collectList().block(WAIT)).contains(code);
        assertThat(sla.targets(staff, code).collectList().block(WAIT)).extracting(SlaEntry::priority)
                .containsExactly(Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW);

        CategoryEntry renamed = categories.rename(staff, code, 1, new CategoryDraft("", "签证加急服务", "Express visas", 26))
                .block(WAIT);
        assertThat(renamed.category().nameZh()).isEqualTo("签证加急服务");
        assertThat(renamed.version()).isEqualTo(2);
        categories.rename(staff, code, 1, new CategoryDraft("", "签证", "Visas again", 26)).as(StepVerifier::create)
                .expectError(ChangedConcurrently.class).verify();
        categories.add(staff, new CategoryDraft(code, "别的名字", "Another name", 30)).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("code", "request.setup.validation.taken")))
                .verify();
        categories.add(staff, new CategoryDraft(code(), "签证加急服务", "Something else", 30)).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("nameZh", "request.setup.validation.taken")))
                .verify();
        audit.countFor(CategorySetup.TOPIC, code).as(StepVerifier::create).expectNext(2L).verifyComplete();
    }

    @Test
    void a_member_may_change_nothing_of_the_setup() {
        CategoryEntry category = newCategory();
        UnitEntry unit = newUnit(category.code());
        categories.all(member).as(StepVerifier::create).expectError(NotPermitted.class).verify();
        categories.add(member, new CategoryDraft(code(), "会员类别", "Member category", 1)).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        categories.setActive(member, category.code(), category.version(), false).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        sla.set(member, category.code(), Priority.HIGH, 1, new SlaDraft(1, 2, 3)).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        units.update(leader, unit.unit().id(), unit.version(), new UnitDraft("改名", "Renamed",
                ResponderUnit.Kind.CHAIN_LEADER, null, Set.of(), Set.of())).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        units.setActive(member, unit.unit().id(), unit.version(), false).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        assertThat(units.find(staff, unit.unit().id()).block(WAIT).unit().active()).isTrue();
        assertThat(categories.find(staff, category.code()).block(WAIT).category().active()).isTrue();
    }

    @Test
    void a_deactivated_category_is_not_offered_when_filing_and_its_old_requests_keep_it() {
        CategoryEntry category = newCategory();
        ServiceRequest old = file(category.code(), Priority.NORMAL);

        categories.setActive(staff, category.code(), category.version(), false).block(WAIT);

        assertThat(requests.categories().map(RequestCategory::code).collectList().block(WAIT))
                .doesNotContain(category.code());
        assertThat(requests.allCategories().map(RequestCategory::code).collectList().block(WAIT))
                .as("still named on the requests filed in it").contains(category.code());
        assertThatThrownBy(() -> file(category.code(), Priority.NORMAL))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("category", "request.validation.category")));
        assertThat(requests.find(member, old.id()).block(WAIT).category()).isEqualTo(category.code());

        categories.setActive(staff, category.code(), category.version() + 1, true).block(WAIT);
        assertThat(file(category.code(), Priority.NORMAL).category()).isEqualTo(category.code());
    }

    @Test
    void a_returned_request_is_filed_again_in_its_category_even_when_that_is_no_longer_offered() {
        CategoryEntry category = newCategory();
        ServiceRequest filed = file(category.code(), Priority.NORMAL);
        ServiceRequest returned = triage.returnToFirm(staff, filed.id(), filed.version(), "请补充出口国家").block(WAIT);
        categories.setActive(staff, category.code(), category.version(), false).block(WAIT);

        ServiceRequest again = requests.refile(member, returned.id(), returned.version(), new RequestDraft(null,
                "出口许可咨询（德国）", "出口到德国，需要了解出口许可的办理流程", Priority.NORMAL, null, null)).block(WAIT);
        assertThat(again.category()).isEqualTo(category.code());
        assertThat(again.status()).isEqualTo(org.exportalliance.portal.request.RequestStatus.SUBMITTED);
    }

    @Test
    void an_sla_change_applies_to_requests_filed_afterwards_and_running_clocks_keep_their_deadlines() {
        CategoryEntry category = newCategory();
        ServiceRequest before = file(category.code(), Priority.NORMAL);
        SlaEntry normal = sla.targets(staff, category.code()).filter(t -> t.priority() == Priority.NORMAL)
                .blockFirst(WAIT);
        assertThat(normal.minutes()).isEqualTo(new SlaDraft(510, 1020, 5100));

        SlaEntry changed = sla.set(staff, category.code(), Priority.NORMAL, normal.version(), new SlaDraft(60, 90, 600))
                .block(WAIT);
        assertThat(changed.minutes()).isEqualTo(new SlaDraft(60, 90, 600));
        assertThat(changed.version()).isEqualTo(normal.version() + 1);

        ServiceRequest after = file(category.code(), Priority.NORMAL);
        assertThat(after.state().acceptDueAt()).isCloseTo(calendar.deadline(after.filedAt().toInstant(),
                Duration.ofMinutes(60)).block(WAIT).atOffset(after.filedAt().getOffset()), within(1, ChronoUnit.MILLIS));
        assertThat(requests.find(member, before.id()).block(WAIT).state().acceptDueAt())
                .isCloseTo(calendar.deadline(before.filedAt().toInstant(), Duration.ofMinutes(510)).block(WAIT)
                        .atOffset(before.filedAt().getOffset()), within(1, ChronoUnit.MILLIS));
        audit.countFor(CategorySetup.TOPIC, category.code()).as(StepVerifier::create).expectNext(2L)
                .verifyComplete();
    }

    @Test
    void sla_targets_out_of_range_or_taking_longer_than_resolving_are_refused_and_the_database_refuses_them_too() {
        CategoryEntry category = newCategory();
        sla.set(staff, category.code(), Priority.HIGH, 1, new SlaDraft(0, 600, SlaRules.MAX_MINUTES + 1))
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactly(
                        new FieldProblem("accept", "request.setup.validation.sla-range"),
                        new FieldProblem("resolve", "request.setup.validation.sla-range")))
                .verify();
        sla.set(staff, category.code(), Priority.HIGH, 1, new SlaDraft(60, 600, 300)).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactly(
                        new FieldProblem("take", "request.setup.validation.take-within-resolve")))
                .verify();
        sla.set(staff, category.code(), Priority.HIGH, 7, new SlaDraft(60, 120, 300)).as(StepVerifier::create)
                .expectError(ChangedConcurrently.class).verify();

        assertThatThrownBy(() -> db.sql("""
                        update request_sla set take_minutes = resolve_minutes + 1
                        where category_code = :code and priority = 'HIGH'""")
                .bind("code", category.code()).then().block(WAIT))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("request_sla_take_within_resolve");
    }

    @Test
    void a_unit_with_requests_in_hand_cannot_stop_until_they_are_dispatched_elsewhere() {
        CategoryEntry category = newCategory();
        UnitEntry unit = newUnit(category.code());
        UnitEntry other = newUnit(category.code());
        ServiceRequest filed = file(category.code(), Priority.HIGH);
        ServiceRequest accepted = triage.accept(staff, filed.id(), filed.version()).block(WAIT);
        ServiceRequest dispatched = triage.dispatch(staff, accepted.id(), accepted.version(), unit.unit().id())
                .block(WAIT);
        assertThat(units.find(staff, unit.unit().id()).block(WAIT).open()).isEqualTo(1);

        units.setActive(staff, unit.unit().id(), unit.version(), false).as(StepVerifier::create)
                .expectErrorSatisfies(e -> {
                    assertThat(e).isInstanceOf(UnitHasOpenRequests.class);
                    assertThat(((UnitHasOpenRequests) e).args()).containsExactly(unit.unit().nameZh(), 1L);
                })
                .verify();
        assertThatThrownBy(() -> db.sql("update responder_unit set active = false where id = :id")
                .bind("id", unit.unit().id()).then().block(WAIT))
                .as("the database holds the rule too").isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("still has open requests");

        triage.dispatch(staff, dispatched.id(), dispatched.version(), other.unit().id()).block(WAIT);
        UnitEntry stopped = units.setActive(staff, unit.unit().id(), unit.version(), false).block(WAIT);
        assertThat(stopped.unit().active()).isFalse();
        assertThat(triage.suggestions(staff, category.code()).map(s -> s.unit().id()).collectList().block(WAIT))
                .contains(other.unit().id()).doesNotContain(unit.unit().id());
        audit.countFor(UnitSetup.TOPIC, unit.unit().id().toString()).as(StepVerifier::create).expectNext(2L)
                .verifyComplete();
    }

    @Test
    void a_unit_takes_known_people_and_categories_with_its_lead_among_them_and_a_department_the_associations_only() {
        CategoryEntry category = newCategory();
        units.create(staff, new UnitDraft("外部部门", "Outside department", ResponderUnit.Kind.DEPARTMENT,
                        leader.userId(), Set.of(leader.userId()), Set.of(category.code())))
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactly(
                        new FieldProblem("members", "request.setup.validation.member-association")))
                .verify();
        units.create(staff, new UnitDraft(" ", "Unit", null, staff.userId(), Set.of(UUID.randomUUID()),
                        Set.of("NO_SUCH_CATEGORY")))
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("nameZh", "kind", "lead", "categories"))
                .verify();

        UnitEntry unit = newUnit(category.code());
        UnitEntry changed = units.update(staff, unit.unit().id(), unit.version(), new UnitDraft("协会服务部 " + category
                        .code(), "Service department " + category.code(), ResponderUnit.Kind.DEPARTMENT,
                        staff.userId(), Set.of(staff.userId()), Set.of(category.code(), "CUSTOMS")))
                .block(WAIT);
        assertThat(changed.unit().members()).containsExactly(staff.userId());
        assertThat(changed.unit().categories()).containsExactlyInAnyOrder(category.code(), "CUSTOMS");
        assertThat(changed.unit().kind()).isEqualTo(ResponderUnit.Kind.DEPARTMENT);
        assertThat(changed.version()).isEqualTo(unit.version() + 1);
        units.update(staff, unit.unit().id(), unit.version(), new UnitDraft("旧版本", "Old version",
                ResponderUnit.Kind.PROVIDER, null, Set.of(), Set.of())).as(StepVerifier::create)
                .expectError(ChangedConcurrently.class).verify();
    }

    @Test
    void a_request_is_never_stored_in_a_category_no_longer_offered() {
        CategoryEntry category = newCategory();
        categories.setActive(staff, category.code(), category.version(), false).block(WAIT);
        assertThatThrownBy(() -> db.sql("""
                        insert into service_request (id, firm_id, filed_by, category_code, title, description, urgency,
                                                     priority, status, filed_at, updated_at)
                        values (:id, :firm, :user, :code, 't', 'd', 'NORMAL', 'NORMAL', 'SUBMITTED', now(), now())""")
                .bind("id", UUID.randomUUID()).bind("firm", member.firmId()).bind("user", member.userId())
                .bind("code", category.code()).then().block(WAIT))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("is not active");
    }
}
