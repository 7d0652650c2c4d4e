package org.exportalliance.portal.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.delegation.pavilion.BoothDraft;
import org.exportalliance.portal.delegation.pavilion.PavilionRules;
import org.exportalliance.portal.logistics.checklist.ChecklistItemDraft;
import org.exportalliance.portal.logistics.checklist.ChecklistRules;
import org.exportalliance.portal.logistics.itinerary.ItineraryDraft;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryRules;
import org.exportalliance.portal.logistics.traveller.TravellerDraft;
import org.exportalliance.portal.logistics.traveller.TravellerRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.junit.jupiter.api.Test;

/**
 * Control characters, and line breaks outside notes, descriptions, details and reasons, are refused by name in every
 * delegation rule the forms, the API and the services share (issue 13).
 */
class DelegationTextRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Capacity ROOM = new Capacity(10, new BigDecimal("500"), 50);

    @Test
    void a_delegation_with_a_control_character_in_its_title_is_refused_there() {
        DelegationDraft draft = new DelegationDraft(UUID.randomUUID(), "米兰\u0000展团", "Milan\ndelegation", "协会",
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), 10,
                new BigDecimal("200"), 30, AllocationPolicy.FIFO, null, null);

        assertThat(controlCharacterFields(DelegationRules.check(draft))).containsExactly("titleZh", "titleEn");
    }

    @Test
    void an_application_may_break_lines_in_its_notes_but_not_in_an_exhibit() {
        ApplicationDraft draft = new ApplicationDraft(2, new BigDecimal("18"),
                List.of(new Exhibit("剑杆织机", new BigDecimal("3500"), new BigDecimal("20")),
                        new Exhibit("喷气\n织机", new BigDecimal("3500"), new BigDecimal("20"))),
                "第一行\n第二行\t缩进");

        List<FieldProblem> problems = DelegationRules.check(draft, ROOM);

        assertThat(problems).containsExactly(new FieldProblem("exhibits[1].machine", PlainText.PROBLEM));
        assertThat(DelegationRules.check(new ApplicationDraft(2, new BigDecimal("18"), List.of(), "bell\u0007"), ROOM))
                .containsExactly(new FieldProblem("notes", PlainText.PROBLEM));
    }

    @Test
    void a_reason_may_break_lines_but_holds_no_control_character() {
        assertThat(DelegationRules.checkReason("展会延期\n详见通知", true)).isEmpty();
        assertThat(DelegationRules.checkReason("展会\u001b延期", true))
                .containsExactly(new FieldProblem("reason", PlainText.PROBLEM));
    }

    @Test
    void a_field_that_is_too_long_is_refused_once() {
        ApplicationDraft draft = new ApplicationDraft(2, new BigDecimal("18"),
                List.of(new Exhibit("x".repeat(201) + "\u0000", BigDecimal.ONE, BigDecimal.ONE)), null);

        assertThat(DelegationRules.check(draft, ROOM))
                .containsExactly(new FieldProblem("exhibits[0].machine", "validation.too-long.200"));
    }

    @Test
    void checklist_items_itinerary_items_booths_and_travellers_name_the_field() {
        var checklist = ChecklistRules.check(new ChecklistItemDraft("签证\u0000材料", "Visa", "带齐原件\n复印件",
                TODAY.plusDays(10), null), ChecklistRules.DueDates.of(TODAY, TODAY.plusDays(60)));
        var itinerary = ItineraryRules.check(new ItineraryDraft(ItineraryKind.MEETING, "Meeting", LocalDateTime.of(2027,
                1, 5, 9, 0), "Asia/Kolkata", LocalDateTime.of(2027, 1, 5, 10, 0), null, "Hall\u00853", "带样品\n带名片"));
        var booth = PavilionRules.check(new BoothDraft("A01", new BigDecimal("18"), 0, 0, "角位\n靠近入口"));
        var traveller = TravellerRules.check(TravellerRules.normalise(new TravellerDraft("ZHANG SAN", "张三", "CN",
                LocalDate.of(1980, 1, 1), "E12345678", TODAY.plusYears(2), "Sales\u0000manager")), TODAY, true);

        assertThat(controlCharacterFields(checklist)).containsExactly("titleZh");
        assertThat(controlCharacterFields(itinerary)).containsExactly("location");
        assertThat(controlCharacterFields(booth)).containsExactly("note");
        assertThat(controlCharacterFields(traveller)).containsExactly("role");
    }

    private static List<String> controlCharacterFields(List<FieldProblem> problems) {
        return problems.stream().filter(p -> p.messageKey().equals(PlainText.PROBLEM)).map(FieldProblem::field)
                .toList();
    }
}
