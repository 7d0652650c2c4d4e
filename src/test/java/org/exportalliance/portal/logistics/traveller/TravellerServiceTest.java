package org.exportalliance.portal.logistics.traveller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.notification.Notification;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.Travellers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

@PortalTest
class TravellerServiceTest {

    /** The fair of {@code Fairs.draft()} ends on 2027-05-13. */
    static final LocalDate FAIR_END = LocalDate.of(2027, 5, 13);

    @Autowired TravellerService travellers;
    @Autowired java.time.Clock clock;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired AuditService audit;
    @Autowired NotificationService notifications;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;
    @Autowired TravellerRepository repository;
    @Autowired PassportKeyRotation rotation;

    /** An open FIFO delegation where {@code member}'s firm (firm A) holds an approved application for {@code seats}. */
    Delegation approvedFor(Actor firmUser, int seats) {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.FIFO);
        DelegationApplication a = delegations.apply(firmUser, d.id(), Delegations.application(seats, "9")).block();
        assertThat(a.status().name()).isEqualTo("APPROVED");
        return d;
    }

    long countIn(UUID delegationId) {
        return db.sql("select count(*) from traveller where delegation_id = :d").bind("d", delegationId)
                .map(row -> row.get(0, Long.class)).one().block();
    }

    @Test
    void a_firm_names_as_many_travellers_as_its_application_has_seats_and_no_more() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 2);
        travellers.add(member, d.id(), Travellers.zhangWei()).as(StepVerifier::create)
                .assertNext(t -> {
                    assertThat(t.fullName()).isEqualTo("ZHANG WEI");
                    assertThat(t.chineseName()).isEqualTo("张伟");
                    assertThat(t.visaStatus()).isEqualTo(VisaStatus.NOT_STARTED);
                    assertThat(t.firmId()).isEqualTo(member.firmId());
                })
                .verifyComplete();
        travellers.add(member, d.id(), Travellers.draft("li na", "李娜", "cn", "e 2345 6789",
                LocalDate.of(2030, 1, 1))).as(StepVerifier::create)
                .assertNext(t -> {
                    assertThat(t.fullName()).as("normalised to the passport's upper case").isEqualTo("LI NA");
                    assertThat(t.nationality()).isEqualTo("CN");
                    assertThat(t.passportNumberMasked()).isEqualTo("E2*****89");
                })
                .verifyComplete();
        travellers.add(member, d.id(), Travellers.draft("WANG FANG", null, "CN", "E34567890",
                LocalDate.of(2030, 1, 1))).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(TooManyTravellers.class)
                        .satisfies(r -> assertThat(((TooManyTravellers) r).args()).containsExactly(2)))
                .verify();
        assertThat(countIn(d.id())).isEqualTo(2);
    }

    @Test
    void concurrent_additions_never_exceed_the_seats() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 3);
        List<String> outcomes = Flux.range(0, 12)
                .flatMap(i -> Mono.defer(() -> travellers.add(member, d.id(), Travellers.draft(
                                        "TRAVELLER " + (char) ('A' + i), null, "CN", "E" + (10_000_000 + i),
                                        LocalDate.of(2030, 1, 1))))
                                .subscribeOn(Schedulers.parallel())
                                .map(t -> "added")
                                .onErrorResume(TooManyTravellers.class, e -> Mono.just("too many")), 12)
                .collectList().block(Duration.ofSeconds(60));
        assertThat(outcomes).hasSize(12);
        assertThat(outcomes).filteredOn("added"::equals).hasSize(3);
        assertThat(outcomes).filteredOn("too many"::equals).hasSize(9);
        assertThat(countIn(d.id())).isEqualTo(3);
    }

    @Test
    void the_database_itself_refuses_travellers_beyond_the_seats_and_on_an_unapproved_application() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 2);
        UUID application = delegations.applications(member, d.id()).blockFirst().id();
        // Straight SQL, past the service: eight concurrent inserts, each in its own transaction.
        List<String> outcomes = Flux.range(0, 8)
                .flatMap(i -> rawInsert(application, d.id(), member).thenReturn("inserted")
                        .onErrorResume(e -> Mono.just(String.valueOf(e.getMessage()))), 8)
                .collectList().block(Duration.ofSeconds(60));
        assertThat(outcomes).filteredOn("inserted"::equals).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o.contains("traveller_within_seats")).hasSize(6);
        assertThat(countIn(d.id())).isEqualTo(2);

        Delegation other = Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.FIFO);
        DelegationApplication withdrawn = delegations.withdraw(member,
                delegations.apply(member, other.id(), Delegations.application(2, "9")).block().id()).block();
        rawInsert(withdrawn.id(), other.id(), member).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(e.getMessage()).contains("traveller_needs_approved_place"))
                .verify();
    }

    private Mono<Long> rawInsert(UUID application, UUID delegation, Actor by) {
        return db.sql("insert into traveller (id, application_id, delegation_id, firm_id, full_name, nationality, "
                        + "date_of_birth, passport_number, passport_key_id, passport_expiry, role_title, "
                        + "visa_status_changed_at, created_by, created_at, updated_at) values (:id, :app, :d, :firm, "
                        + "'RAW SQL', 'CN', date '1980-01-01', :sealed, 'test', date '2030-01-01', 'x', now(), :by, "
                        + "now(), now())")
                .bind("id", UUID.randomUUID()).bind("app", application).bind("d", delegation)
                .bind("firm", by.firmId()).bind("sealed", ByteBuffer.wrap(new byte[40])).bind("by", by.userId())
                .fetch().rowsUpdated();
    }

    @Test
    void passport_numbers_are_not_stored_in_clear() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 1);
        Traveller t = travellers.add(member, d.id(), Travellers.draft("ZHANG WEI", "张伟", "CN", "G87654321",
                LocalDate.of(2031, 1, 1))).block();
        Map<String, Object> row = db.sql("select passport_number, passport_key_id, t::text as whole "
                        + "from traveller t where id = :id").bind("id", t.id()).fetch().one().block();
        ByteBuffer sealed = (ByteBuffer) row.get("passport_number");
        byte[] bytes = new byte[sealed.remaining()];
        sealed.get(bytes);
        assertThat(row.get("passport_key_id")).isEqualTo("test");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("G87654321").doesNotContain("8765");
        assertThat(HexFormat.of().formatHex(bytes))
                .doesNotContain(HexFormat.of().formatHex("G87654321".getBytes(StandardCharsets.US_ASCII)));
        assertThat((String) row.get("whole")).doesNotContain("G87654321");
        assertThat(bytes).hasSize(PassportCipher.NONCE_BYTES + "G87654321".length() + 16);
        assertThat(travellers.revealPassport(member, t.id()).block()).isEqualTo("G87654321");
    }

    @Test
    void lists_show_the_number_masked_and_each_look_at_the_full_number_is_audited() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 2);
        Traveller t = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        travellers.list(member, d.id()).as(StepVerifier::create)
                .assertNext(listed -> {
                    assertThat(listed.passportNumberMasked()).isEqualTo("E1*****78");
                    assertThat(listed.toString()).doesNotContain("E12345678");
                })
                .verifyComplete();
        long before = audit.countFor(TravellerService.SUBJECT, t.id()).block();
        travellers.revealPassport(member, t.id()).as(StepVerifier::create).expectNext("E12345678").verifyComplete();
        travellers.revealPassport(actors.of("firmadmin"), t.id()).as(StepVerifier::create).expectNext("E12345678")
                .verifyComplete();
        travellers.revealPassport(actors.staff(), t.id()).as(StepVerifier::create).expectNext("E12345678")
                .verifyComplete();
        assertThat(audit.countFor(TravellerService.SUBJECT, t.id()).block()).isEqualTo(before + 3);
        assertThat(PassportNumber.mask("E12345678")).isEqualTo("E1*****78");
        assertThat(PassportNumber.mask("123456")).isEqualTo("12**56");
    }

    @Test
    void a_passport_expiring_within_six_months_after_the_fair_is_flagged() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 3);
        LocalDate sixMonthsAfter = FAIR_END.plusMonths(6);
        Traveller dayBefore = travellers.add(member, d.id(), Travellers.draft("EARLY ONE", null, "CN", "E11111111",
                sixMonthsAfter.minusDays(1))).block();
        Traveller onTheDay = travellers.add(member, d.id(), Travellers.draft("ON TIME", null, "CN", "E22222222",
                sixMonthsAfter)).block();
        Traveller later = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        assertThat(dayBefore.passportExpiryWarning()).isTrue();
        assertThat(onTheDay.passportExpiryWarning()).isFalse();
        assertThat(later.passportExpiryWarning()).isFalse();
        assertThat(travellers.list(actors.staff(), d.id()).filter(Traveller::passportExpiryWarning)
                .map(Traveller::id).collectList().block()).containsExactly(dayBefore.id());
    }

    @Test
    void another_firm_sees_and_changes_none_of_them_while_staff_see_all() {
        Actor member = actors.member();
        Actor member2 = actors.member2();
        Delegation d = approvedFor(member, 2);
        delegations.apply(member2, d.id(), Delegations.application(1, "9")).block();
        Traveller mine = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        Traveller theirs = travellers.add(member2, d.id(), Travellers.draft("MUELLER ANNA", null, "DE", "C01X00T47",
                LocalDate.of(2032, 2, 2))).block();
        assertThat(travellers.list(member2, d.id()).map(Traveller::id).collectList().block())
                .containsExactly(theirs.id());
        assertThat(travellers.list(member, d.id()).map(Traveller::id).collectList().block())
                .containsExactly(mine.id());
        assertThat(travellers.list(actors.staff(), d.id()).map(Traveller::id).collectList().block())
                .containsExactlyInAnyOrder(mine.id(), theirs.id());
        travellers.find(member2, mine.id()).as(StepVerifier::create).expectError(TravellerNotFound.class).verify();
        travellers.revealPassport(member2, mine.id()).as(StepVerifier::create).expectError(TravellerNotFound.class)
                .verify();
        travellers.edit(member2, mine.id(), mine.version(), Travellers.zhangWei()).as(StepVerifier::create)
                .expectError(TravellerNotFound.class).verify();
        travellers.remove(member2, mine.id()).as(StepVerifier::create).expectError(TravellerNotFound.class).verify();
        travellers.setVisaStatus(member2, mine.id(), VisaStatus.GRANTED).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        assertThat(travellers.find(member, mine.id()).block().visaStatus()).isEqualTo(VisaStatus.NOT_STARTED);
    }

    @Test
    void staff_keep_the_visa_status_and_the_firm_hears_of_it() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 1);
        Traveller t = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        travellers.setVisaStatus(member, t.id(), VisaStatus.APPLIED).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
        travellers.setVisaStatus(actors.staff(), t.id(), VisaStatus.GRANTED).as(StepVerifier::create)
                .assertNext(g -> {
                    assertThat(g.visaStatus()).isEqualTo(VisaStatus.GRANTED);
                    assertThat(g.visaStatusChangedAt()).isAfterOrEqualTo(t.visaStatusChangedAt());
                    assertThat(g.version()).isEqualTo(t.version() + 1);
                })
                .verifyComplete();
        List<Notification> told = notifications.recent(member, 20).collectList().block();
        assertThat(told).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notify.traveller.visa.GRANTED");
            assertThat(n.args()).contains("ZHANG WEI");
        });
        travellers.add(actors.staff(), d.id(), Travellers.zhangWei()).as(StepVerifier::create)
                .expectError(FirmsNameTravellers.class).verify();
    }

    @Test
    void firms_change_and_remove_their_travellers_until_the_delegation_is_cancelled() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 1);
        Traveller t = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        Traveller edited = travellers.edit(member, t.id(), t.version(),
                Travellers.withPassport(Travellers.draft("ZHANG WEI", "张伟", "CN", "", LocalDate.of(2033, 3, 3)),
                        null)).block();
        assertThat(edited.passportExpiry()).isEqualTo(LocalDate.of(2033, 3, 3));
        assertThat(travellers.revealPassport(member, t.id()).block()).as("an empty number keeps the stored one")
                .isEqualTo("E12345678");
        travellers.edit(member, t.id(), t.version(), Travellers.zhangWei()).as(StepVerifier::create)
                .expectError(ChangedConcurrently.class).verify();
        travellers.edit(member, t.id(), edited.version(), Travellers.withPassport(Travellers.zhangWei(), "EA7654321"))
                .block();
        assertThat(travellers.revealPassport(member, t.id()).block()).isEqualTo("EA7654321");
        travellers.remove(member, t.id()).as(StepVerifier::create).verifyComplete();
        assertThat(countIn(d.id())).isZero();
        Traveller again = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        delegations.moveTo(actors.staff(), d.id(), DelegationStatus.CANCELLED, "展会停办").block();
        travellers.add(member, d.id(), Travellers.zhangWei()).as(StepVerifier::create)
                .expectError(TravellersClosed.class).verify();
        travellers.remove(member, again.id()).as(StepVerifier::create).expectError(TravellersClosed.class).verify();
        travellers.setVisaStatus(actors.staff(), again.id(), VisaStatus.APPLIED).as(StepVerifier::create)
                .expectError(TravellersClosed.class).verify();
    }

    @Test
    void travellers_leave_the_lists_when_their_firm_is_waitlisted_again_and_are_erased_when_it_withdraws() {
        Delegation d = approvedFor(actors.member(), 2);
        DelegationApplication a = delegations.applications(actors.member(), d.id()).blockFirst();
        travellers.add(actors.member(), d.id(), Travellers.zhangWei()).block();
        assertThat(travellers.list(actors.staff(), d.id()).collectList().block()).hasSize(1);

        delegations.decide(actors.staff(), a.id(), org.exportalliance.portal.delegation.Decision.WAITLIST,
                "展位调整").block();
        assertThat(travellers.list(actors.staff(), d.id()).collectList().block()).as("unlisted while waiting")
                .isEmpty();
        assertThat(countIn(d.id())).as("but kept, the firm may get its place back").isEqualTo(1);

        delegations.withdraw(actors.member(), a.id()).block();
        assertThat(countIn(d.id())).as("a withdrawn application's passport data is erased").isZero();
        assertThat(db.sql("select detail from audit_event where action = 'travellers.erased' "
                        + "and subject_id = :d").bind("d", d.id().toString()).map(row -> row.get(0, String.class))
                .one().block()).startsWith("1 (application " + a.id()).doesNotContain("ZHANG");
    }

    @Test
    void a_firm_without_an_approved_place_names_nobody() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.SCORED);
        Actor member = actors.member();
        delegations.apply(member, d.id(), Delegations.application(2, "9")).block();
        travellers.add(member, d.id(), Travellers.zhangWei()).as(StepVerifier::create)
                .expectError(NoApprovedPlace.class).verify();
        travellers.add(actors.member2(), d.id(), Travellers.zhangWei()).as(StepVerifier::create)
                .expectError(NoApprovedPlace.class).verify();
        assertThat(delegations.takesPart(member, d.id()).block()).isFalse();
    }

    @Test
    void invalid_travellers_are_refused_field_by_field_and_nothing_is_stored() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 2);
        TravellerDraft bad = new TravellerDraft("张伟", "ZHANG", "XX", LocalDate.now(clock).plusDays(1), "E12-345",
                LocalDate.of(2020, 1, 1), " ");
        travellers.add(member, d.id(), bad).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("fullName", "chineseName", "nationality", "dateOfBirth",
                                "passportNumber", "passportExpiry", "role"))
                .verify();
        assertThat(countIn(d.id())).isZero();
    }

    @Test
    void the_demo_logistics_delegation_has_travellers_of_firm_a_and_firm_b_one_of_them_flagged() {
        UUID demo = db.sql("select d.id from delegation d join fair f on f.id = d.fair_id where f.name_en like "
                        + "'India ITME%' and d.status = 'CLOSED' order by d.created_at limit 1")
                .map(row -> row.get(0, UUID.class)).one().block();
        List<Traveller> all = travellers.list(actors.staff(), demo).collectList().block();
        assertThat(all).extracting(Traveller::fullName)
                .contains("ZHANG WEI", "LI NA", "WANG FANG", "JONAS SCHMIDT");
        assertThat(all).filteredOn(Traveller::passportExpiryWarning).extracting(Traveller::fullName)
                .containsExactly("LI NA");
        assertThat(travellers.list(actors.member(), demo).map(Traveller::chineseName).collectList().block())
                .containsExactlyInAnyOrder("张伟", "李娜");
        assertThat(travellers.list(actors.member2(), demo).map(Traveller::fullName).collectList().block())
                .containsExactlyInAnyOrder("WANG FANG", "JONAS SCHMIDT");
    }

    @Test
    void rotating_the_key_reseals_every_number_with_the_new_key_and_back() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 1);
        Traveller t = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        byte[] testKey = new byte[32];
        for (int i = 0; i < 32; i++) {
            testKey[i] = (byte) (i + 1);
        }
        byte[] newKey = new byte[32];
        new SecureRandom().nextBytes(newKey);
        PassportCipher rotated = new PassportCipher("2026-11", Map.of("2026-11", newKey, "test", testKey));
        long resealed = rotation.reseal(rotated).block();
        assertThat(resealed).isGreaterThanOrEqualTo(1);
        TravellerRepository.Stored stored = repository.find(t.id(), null).block();
        assertThat(stored.passport().keyId()).isEqualTo("2026-11");
        assertThat(rotated.open(t.id(), "2026-11", stored.passport().bytes())).isEqualTo("E12345678");
        // Only the junk rows of the trigger test (sealed with nothing) stay behind, skipped.
        assertThat(db.sql("select count(*) from traveller where passport_key_id = 'test' and full_name <> 'RAW SQL'")
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
        // And back, so the portal's own key ("test") reads every row again.
        PassportCipher back = new PassportCipher("test", Map.of("test", testKey, "2026-11", newKey));
        assertThat(rotation.reseal(back).block()).isEqualTo(resealed);
        assertThat(travellers.revealPassport(member, t.id()).block()).isEqualTo("E12345678");
        assertThat(travellers.find(member, t.id()).block().version()).as("a rotation is no edit")
                .isEqualTo(t.version());
    }
}
