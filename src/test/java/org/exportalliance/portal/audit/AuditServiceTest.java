package org.exportalliance.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.test.StepVerifier;

@PortalTest
class AuditServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired AuditService audit;
    @Autowired AuditExports exports;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;
    @Autowired Clock clock;

    /** A subject id no other test uses, so the filters below see only this test's entries. */
    private static String unique() {
        return "t-" + UUID.randomUUID();
    }

    private void record(@Nullable Actor by, String action, String subject, @Nullable String detail) {
        audit.record(by == null ? null : by.userId(), action, "audit-test", subject, detail).block(WAIT);
    }

    /** An entry at an exact moment, as the clock could not give it. */
    private void recordAt(Instant at, String action, String subject) {
        db.sql("insert into audit_event (at, actor_id, action, subject_type, subject_id) "
                        + "values (:at, :actor, :action, 'audit-test', :subject)")
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("actor", Parameter.empty(UUID.class))
                .bind("action", action)
                .bind("subject", subject)
                .then().block(WAIT);
    }

    private List<AuditEntry> all(AuditFilter filter) {
        return audit.search(actors.staff(), filter, null, AuditPage.MAX_LIMIT).block(WAIT).entries();
    }

    @Test
    void each_filter_narrows_the_trail_and_entries_name_who_acted_and_their_firm() {
        String subject = unique();
        record(actors.staff(), "audit-test.created", subject, "Rossi 100% wool_blend");
        record(actors.member(), "audit-test.changed", subject, "plain change by rossi");
        record(null, "audit-other.done", subject, "x");
        AuditFilter mine = AuditFilter.none().withSubject("audit-test", subject);

        List<AuditEntry> entries = all(mine);
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("audit-other.done", "audit-test.changed", "audit-test.created");
        AuditEntry byMember = entries.get(1);
        assertThat(byMember.actor().username()).isEqualTo("member");
        assertThat(byMember.actor().firmNameEn()).isEqualTo("Xinchang Tianmu Textile Machinery Co., Ltd.");
        assertThat(entries.getFirst().actor()).as("the portal itself acted").isNull();

        assertThat(all(mine.withAction("audit-test.created"))).extracting(AuditEntry::detail)
                .containsExactly("Rossi 100% wool_blend");
        assertThat(all(mine.withAction("audit-test."))).extracting(AuditEntry::action)
                .containsExactly("audit-test.changed", "audit-test.created");
        assertThat(all(mine.withAction("audit-test.*"))).hasSize(2);
        assertThat(all(mine.withAction("audit-test"))).as("without a dot or * it is one exact code").isEmpty();
        assertThat(all(mine.withActor("MEMBER"))).extracting(AuditEntry::action)
                .containsExactly("audit-test.changed");
        assertThat(all(mine.withText("ROSSI"))).hasSize(2);
        assertThat(all(mine.withText("%"))).as("% is a percent sign, not a wildcard").extracting(AuditEntry::action)
                .containsExactly("audit-test.created");
        assertThat(all(mine.withText("100_"))).as("_ is an underscore, not a wildcard").isEmpty();
        assertThat(all(mine.withText("wool_"))).hasSize(1);
        assertThat(all(AuditFilter.none().withSubject("other-type", subject))).isEmpty();
        assertThat(all(AuditFilter.none().withSubject(null, subject))).hasSize(3);

        LocalDate day = entries.getLast().at().atZone(clock.getZone()).toLocalDate();
        assertThat(all(mine.withDates(day, day))).extracting(AuditEntry::id).contains(entries.getLast().id());
        assertThat(all(mine.withDates(null, day.minusDays(1)))).isEmpty();
    }

    @Test
    void days_are_whole_days_in_the_portal_time_zone_and_the_last_day_is_included() {
        // Asia/Shanghai is UTC+8: 2 March 2020 runs from 1 March 16:00 UTC to 2 March 16:00 UTC.
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Shanghai");
        String subject = unique();
        recordAt(Instant.parse("2020-03-01T15:59:59.999999Z"), "audit-test.before", subject);
        recordAt(Instant.parse("2020-03-01T16:00:00Z"), "audit-test.first", subject);
        recordAt(Instant.parse("2020-03-02T15:59:59.999999Z"), "audit-test.last", subject);
        recordAt(Instant.parse("2020-03-02T16:00:00Z"), "audit-test.after", subject);
        AuditFilter mine = AuditFilter.none().withSubject("audit-test", subject);

        LocalDate march2 = LocalDate.of(2020, 3, 2);
        assertThat(all(mine.withDates(march2, march2))).extracting(AuditEntry::action)
                .containsExactly("audit-test.last", "audit-test.first");
        assertThat(all(mine.withDates(null, march2.minusDays(1)))).extracting(AuditEntry::action)
                .containsExactly("audit-test.before");
        assertThat(all(mine.withDates(march2.plusDays(1), null))).extracting(AuditEntry::action)
                .containsExactly("audit-test.after");
    }

    @Test
    void pages_follow_one_another_without_gaps_or_duplicates_even_when_entries_share_a_moment() {
        String subject = unique();
        Instant tie = Instant.parse("2021-06-01T08:00:00Z");
        for (int i = 0; i < 4; i++) {
            recordAt(tie, "audit-test.tied", subject);
        }
        recordAt(tie.plusSeconds(1), "audit-test.later", subject);
        recordAt(tie.minusSeconds(1), "audit-test.earlier", subject);
        recordAt(tie.minusSeconds(1), "audit-test.earlier", subject);
        AuditFilter mine = AuditFilter.none().withSubject("audit-test", subject);
        List<AuditEntry> everything = all(mine);
        assertThat(everything).hasSize(7);

        List<AuditEntry> paged = new ArrayList<>();
        AuditCursor cursor = null;
        int pages = 0;
        do {
            AuditPage page = audit.search(actors.staff(), mine, cursor, 3).block(WAIT);
            assertThat(page.entries()).hasSizeLessThanOrEqualTo(3);
            paged.addAll(page.entries());
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(paged).extracting(AuditEntry::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(everything.stream().map(AuditEntry::id).toList());
        assertThat(paged.getFirst().action()).isEqualTo("audit-test.later");
        assertThat(paged.getLast().action()).isEqualTo("audit-test.earlier");
        assertThat(audit.slice(actors.staff(), mine, 3, 3).collectList().block(WAIT))
                .extracting(AuditEntry::id).containsExactlyElementsOf(paged.subList(3, 6).stream()
                        .map(AuditEntry::id).toList());
    }

    @Test
    void a_full_last_page_says_there_is_no_next() {
        String subject = unique();
        record(null, "audit-test.one", subject, null);
        record(null, "audit-test.two", subject, null);
        audit.search(actors.staff(), AuditFilter.none().withSubject("audit-test", subject), null, 2)
                .as(StepVerifier::create)
                .assertNext(page -> {
                    assertThat(page.entries()).hasSize(2);
                    assertThat(page.next()).isNull();
                })
                .verifyComplete();
    }

    @Test
    void members_firm_admins_and_chain_leaders_are_refused() {
        for (String user : List.of("member", "firmadmin", "leader")) {
            Actor actor = actors.of(user);
            audit.search(actor, AuditFilter.none(), null, 10).as(StepVerifier::create)
                    .expectError(NotPermitted.class).verify(WAIT);
            audit.slice(actor, AuditFilter.none(), 0, 10).as(StepVerifier::create)
                    .expectError(NotPermitted.class).verify(WAIT);
            audit.distinctActions(actor).as(StepVerifier::create)
                    .expectError(NotPermitted.class).verify(WAIT);
            exports.export(actor, AuditFilter.none(), Locale.ENGLISH).as(StepVerifier::create)
                    .expectError(NotPermitted.class).verify(WAIT);
        }
    }

    @Test
    void a_last_day_before_the_first_is_invalid_input_naming_to() {
        audit.search(actors.staff(), AuditFilter.none().withDates(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)),
                        null, 10)
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(p -> p.field()).containsExactly("to"))
                .verify(WAIT);
    }

    @Test
    void the_distinct_actions_list_every_recorded_code_once_in_order() {
        String code = "audit-test.listed-" + UUID.randomUUID().toString().substring(0, 8);
        record(null, code, unique(), null);
        record(null, code, unique(), null);
        audit.distinctActions(actors.staff()).as(StepVerifier::create)
                .assertNext(codes -> {
                    assertThat(codes).containsOnlyOnce(code);
                    assertThat(codes).doesNotHaveDuplicates().isSortedAccordingTo(
                            (a, b) -> a.compareTo(b));
                })
                .verifyComplete();
    }

    @Test
    void staff_export_the_filtered_trail_to_excel_and_the_export_is_itself_recorded() throws IOException {
        String subject = unique();
        record(actors.member(), "fair.created", subject, "=HYPERLINK(\"http://evil\")");
        record(null, "audit-test.unnamed", subject, null);
        AuditFilter mine = AuditFilter.none().withSubject("audit-test", subject);

        AuditExport file = exports.export(actors.staff(), mine, Locale.ENGLISH).block(WAIT);
        assertThat(file.fileName()).startsWith("audit-trail-").endsWith(".xlsx");
        List<Row> rows;
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            rows = book.getFirstSheet().read();
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("Time");
        assertThat(rows.get(1).getCellText(1)).isEqualTo("System");
        assertThat(rows.get(1).getCellText(4)).as("no label: the code itself").isEqualTo("audit-test.unnamed");
        assertThat(rows.get(2).getCellText(1)).isEqualTo("member");
        assertThat(rows.get(2).getCellText(4)).isEqualTo("Fair created");
        assertThat(rows.get(2).getCellText(5)).isEqualTo("fair.created");
        assertThat(rows.get(2).getCellText(8)).as("a text cell, never a formula")
                .isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(2).getCell(0).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);

        List<AuditEntry> exported = all(AuditFilter.none().withAction(AuditExports.EXPORTED)
                .withActor("staff").withText(subject));
        assertThat(exported).hasSize(1);
        assertThat(exported.getFirst().detail()).contains("subjectId=" + subject, "rows=2");
        assertThat(exported.getFirst().at()).isAfter(OffsetDateTime.now(clock).minusMinutes(5).toInstant());
    }
}
