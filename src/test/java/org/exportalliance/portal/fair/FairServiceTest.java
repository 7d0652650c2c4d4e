package org.exportalliance.portal.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.platform.live.ListenerPause;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Fairs;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import reactor.test.StepVerifier;

@PortalTest
class FairServiceTest {

    @Autowired FairService fairs;
    @Autowired AuditService audit;
    @Autowired Actors actors;
    @Autowired ApplicationContext portal;

    @Test
    void staff_create_a_fair_and_the_change_is_audited() {
        FairDraft draft = Fairs.draft();
        Fair created = fairs.create(actors.staff(), draft).block(Duration.ofSeconds(10));
        assertThat(created).isNotNull();
        assertThat(created.nameEn()).isEqualTo(draft.nameEn());
        assertThat(created.sectors()).containsExactlyInAnyOrder(Sector.WEAVING, Sector.KNITTING);
        assertThat(created.version()).isZero();
        fairs.find(created.id()).as(StepVerifier::create)
                .assertNext(found -> assertThat(found).isEqualTo(created))
                .verifyComplete();
        audit.countFor(FairService.TOPIC, created.id()).as(StepVerifier::create).expectNext(1L).verifyComplete();
    }

    @Test
    void a_member_may_not_create_a_fair() {
        fairs.create(actors.member(), Fairs.draft()).as(StepVerifier::create)
                .expectError(NotPermitted.class)
                .verify();
    }

    @Test
    void an_invalid_fair_is_refused_with_a_problem_per_field_and_nothing_is_saved() {
        FairDraft bad = Fairs.withDates(Fairs.draft(), LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 1));
        long before = fairs.count().block(Duration.ofSeconds(5));
        fairs.create(actors.staff(), bad).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("endDate", "fair.validation.end-before-start")))
                .verify();
        assertThat(fairs.count().block(Duration.ofSeconds(5))).isEqualTo(before);
    }

    @Test
    void the_same_fair_edition_cannot_be_catalogued_twice() {
        FairDraft draft = Fairs.draft();
        fairs.create(actors.staff(), draft).block(Duration.ofSeconds(10));
        fairs.create(actors.staff(), draft).as(StepVerifier::create)
                .expectError(FairAlreadyExists.class)
                .verify();
    }

    @Test
    void an_edit_based_on_a_stale_version_is_refused() {
        Fair created = fairs.create(actors.staff(), Fairs.draft()).block(Duration.ofSeconds(10));
        FairDraft renamed = new FairDraft(created.nameZh(), created.nameEn() + " (renamed)", created.city(),
                created.country(), created.venue(), created.startDate(), created.endDate(), created.sectors(),
                created.website());
        fairs.update(actors.staff(), created.id(), created.version(), renamed).as(StepVerifier::create)
                .assertNext(updated -> assertThat(updated.version()).isEqualTo(1))
                .verifyComplete();
        fairs.update(actors.staff(), created.id(), created.version(), created.toDraft()).as(StepVerifier::create)
                .expectError(ChangedConcurrently.class)
                .verify();
    }

    @Test
    void a_cancelled_fair_keeps_its_reason_and_cannot_be_cancelled_again() {
        Fair created = fairs.create(actors.staff(), Fairs.draft()).block(Duration.ofSeconds(10));
        fairs.cancel(actors.staff(), created.id(), created.version(), "  Organiser postponed the fair  ")
                .as(StepVerifier::create)
                .assertNext(cancelled -> {
                    assertThat(cancelled.status()).isEqualTo(FairStatus.CANCELLED);
                    assertThat(cancelled.cancelReason()).isEqualTo("Organiser postponed the fair");
                })
                .verifyComplete();
        fairs.cancel(actors.staff(), created.id(), created.version() + 1, "again").as(StepVerifier::create)
                .expectError(FairAlreadyCancelled.class)
                .verify();
    }

    @Test
    void cancelling_needs_a_reason() {
        Fair created = fairs.create(actors.staff(), Fairs.draft()).block(Duration.ofSeconds(10));
        fairs.cancel(actors.staff(), created.id(), created.version(), "   ").as(StepVerifier::create)
                .expectError(InvalidInput.class)
                .verify();
    }

    @Test
    void search_filters_by_country_sector_text_and_hides_past_fairs_when_asked() {
        String marker = "Filterable " + System.nanoTime();
        FairDraft base = Fairs.draft();
        FairDraft past = Fairs.withDates(new FairDraft(base.nameZh() + "旧", marker + " past", "Lyon", "FR",
                base.venue(), null, null, java.util.Set.of(Sector.SPINNING), null),
                LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 4));
        FairDraft future = Fairs.withDates(new FairDraft(base.nameZh() + "新", marker + " future", "Lyon", "FR",
                base.venue(), null, null, java.util.Set.of(Sector.WEAVING), null),
                LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 4));
        fairs.create(actors.staff(), past).block(Duration.ofSeconds(10));
        fairs.create(actors.staff(), future).block(Duration.ofSeconds(10));

        List<String> all = names(new FairFilter(false, "FR", null, marker, true));
        assertThat(all).containsExactly(marker + " past", marker + " future");
        assertThat(names(new FairFilter(true, "FR", null, marker, true))).containsExactly(marker + " future");
        assertThat(names(new FairFilter(false, "FR", Sector.SPINNING, marker, true)))
                .containsExactly(marker + " past");
        assertThat(names(new FairFilter(false, "DE", null, marker, true))).isEmpty();
    }

    @Test
    void like_wildcards_in_the_search_text_match_literally() {
        assertThat(names(new FairFilter(false, null, null, "%", true))).isEmpty();
    }

    @Test
    void each_change_made_here_is_in_the_next_catalogue_read_here_without_waiting_for_its_live_event() {
        String marker = "Kept here " + System.nanoTime();
        FairFilter all = new FairFilter(false, null, null, marker, true);
        FairFilter open = new FairFilter(false, null, null, marker, false);
        assertThat(names(all)).as("an empty page, now kept").isEmpty();
        ListenerPause.during(portal, () -> {
            FairDraft base = Fairs.draft();
            Fair created = fairs.create(actors.staff(), new FairDraft(base.nameZh(), marker + " first", base.city(),
                    base.country(), base.venue(), base.startDate(), base.endDate(), base.sectors(), null))
                    .block(Duration.ofSeconds(10));
            assertThat(names(all)).containsExactly(marker + " first");
            assertThat(names(open)).containsExactly(marker + " first");

            FairDraft renamed = new FairDraft(base.nameZh(), marker + " renamed", base.city(), base.country(),
                    base.venue(), base.startDate(), base.endDate(), base.sectors(), null);
            Fair updated = fairs.update(actors.staff(), created.id(), created.version(), renamed)
                    .block(Duration.ofSeconds(10));
            assertThat(names(all)).containsExactly(marker + " renamed");

            fairs.cancel(actors.staff(), updated.id(), updated.version(), "Postponed").block(Duration.ofSeconds(10));
            assertThat(names(open)).isEmpty();
            assertThat(names(all)).containsExactly(marker + " renamed");
        });
    }

    private List<String> names(FairFilter filter) {
        return fairs.search(filter, FairSort.START_DATE, FairPage.of(0, 100)).map(Fair::nameEn).collectList()
                .block(Duration.ofSeconds(10));
    }
}
