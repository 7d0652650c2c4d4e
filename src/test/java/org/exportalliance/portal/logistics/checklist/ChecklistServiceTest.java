package org.exportalliance.portal.logistics.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationApplication;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

@PortalTest
class ChecklistServiceTest {

    @Autowired ChecklistService checklist;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired AuditService audit;
    @Autowired Actors actors;
    @Autowired Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Delegation delegation() {
        return Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.FIFO);
    }

    DelegationApplication approve(Actor firmUser, Delegation d) {
        return delegations.apply(firmUser, d.id(), Delegations.application(2, "18")).block();
    }

    ChecklistItem item(Delegation d, String zh, String en, LocalDate due) {
        return checklist.add(actors.staff(), d.id(), new ChecklistItemDraft(zh, en, "", due, null)).block();
    }

    @Test
    void an_item_added_later_appears_on_every_list_and_a_firm_approved_later_gets_the_whole_list() {
        Delegation d = delegation();
        approve(actors.member(), d);
        ChecklistItem passports = item(d, "提交护照复印件", "Send passport copies", today().plusDays(10));
        checklist.forFirm(actors.member(), d.id(), actors.member().firmId()).as(StepVerifier::create)
                .assertNext(list -> assertThat(list.entries()).extracting(e -> e.item().id())
                        .containsExactly(passports.id()))
                .verifyComplete();

        approve(actors.member2(), d);
        ChecklistItem visa = item(d, "签证材料", "Visa documents", today().plusDays(12));
        for (Actor firmUser : List.of(actors.member(), actors.member2())) {
            checklist.forFirm(firmUser, d.id(), firmUser.firmId()).as(StepVerifier::create)
                    .assertNext(list -> {
                        assertThat(list.entries()).extracting(e -> e.item().titleZh())
                                .containsExactly("提交护照复印件", "签证材料");
                        assertThat(list.entries()).extracting(ChecklistEntry::state)
                                .containsOnly(ChecklistState.OPEN);
                        assertThat(list.entries()).extracting(e -> e.item().position()).containsExactly(0, 1);
                    })
                    .verifyComplete();
        }
        var firmA = actors.member().firmId();
        var firmB = actors.member2().firmId();
        checklist.matrix(actors.staff(), d.id()).as(StepVerifier::create)
                .assertNext(m -> {
                    assertThat(m.items()).extracting(ChecklistItem::id).containsExactly(passports.id(), visa.id());
                    assertThat(m.rows()).extracting(ChecklistMatrix.Row::firmId)
                            .containsExactlyInAnyOrder(firmA, firmB);
                    assertThat(m.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(2));
                })
                .verifyComplete();
    }

    @Test
    void a_firm_ticks_an_item_off_and_reopens_it_and_staff_see_it_in_the_matrix() {
        Delegation d = delegation();
        approve(actors.member(), d);
        approve(actors.member2(), d);
        ChecklistItem fee = item(d, "缴纳团费", "Pay the delegation fee", today().plusDays(3));
        Actor member = actors.member();

        checklist.markDone(member, fee.id(), null).as(StepVerifier::create)
                .assertNext(e -> {
                    assertThat(e.state()).isEqualTo(ChecklistState.DONE);
                    assertThat(e.doneBy()).isEqualTo(member.userId());
                    assertThat(e.doneAt()).isNotNull();
                })
                .verifyComplete();
        // Ticking again changes nothing (and records nothing).
        checklist.markDone(member, fee.id(), null).as(StepVerifier::create)
                .assertNext(e -> assertThat(e.done()).isTrue()).verifyComplete();
        audit.countFor(ChecklistService.AUDIT_SUBJECT, fee.id()).as(StepVerifier::create)
                .expectNext(2L) // added, done
                .verifyComplete();

        var firmB = actors.member2().firmId();
        checklist.matrix(actors.staff(), d.id()).as(StepVerifier::create)
                .assertNext(m -> {
                    assertThat(cell(m, member.firmId()).state()).isEqualTo(ChecklistState.DONE);
                    assertThat(cell(m, firmB).state()).isEqualTo(ChecklistState.OPEN);
                })
                .verifyComplete();

        checklist.reopen(member, fee.id(), null).as(StepVerifier::create)
                .assertNext(e -> {
                    assertThat(e.state()).isEqualTo(ChecklistState.OPEN);
                    assertThat(e.doneAt()).isNull();
                })
                .verifyComplete();
        checklist.forFirm(actors.member2(), d.id(), actors.member2().firmId()).as(StepVerifier::create)
                .assertNext(list -> assertThat(list.entries().getFirst().done()).isFalse())
                .verifyComplete();
    }

    static ChecklistMatrix.Cell cell(ChecklistMatrix m, java.util.UUID firm) {
        return m.rows().stream().filter(r -> r.firmId().equals(firm)).findFirst().orElseThrow().cells().getFirst();
    }

    @Test
    void an_item_is_overdue_the_day_after_its_due_date_until_the_firm_has_done_it() {
        Delegation d = delegation();
        approve(actors.member(), d);
        ChecklistItem yesterday = item(d, "签证材料", "Visa documents", today().minusDays(1));
        ChecklistItem dueToday = item(d, "展品装箱清单", "Exhibit packing list", today());
        checklist.forFirm(actors.member(), d.id(), actors.member().firmId()).as(StepVerifier::create)
                .assertNext(list -> {
                    assertThat(list.entries()).extracting(ChecklistEntry::state)
                            .containsExactly(ChecklistState.OVERDUE, ChecklistState.OPEN);
                    assertThat(list.overdueCount()).isEqualTo(1);
                })
                .verifyComplete();
        checklist.markDone(actors.member(), yesterday.id(), null).as(StepVerifier::create)
                .assertNext(e -> assertThat(e.state()).isEqualTo(ChecklistState.DONE)).verifyComplete();
        checklist.forFirm(actors.member(), d.id(), actors.member().firmId()).as(StepVerifier::create)
                .assertNext(list -> assertThat(list.overdueCount()).isZero()).verifyComplete();
        assertThat(dueToday.isPastDue(today())).isFalse();
    }

    @Test
    void a_firm_reads_and_ticks_only_its_own_list() {
        Delegation d = delegation();
        approve(actors.member(), d);
        approve(actors.member2(), d);
        ChecklistItem item = item(d, "提交护照复印件", "Send passport copies", today().plusDays(5));
        Actor member2 = actors.member2();
        Actor firmA = actors.member();

        checklist.forFirm(member2, d.id(), firmA.firmId()).as(StepVerifier::create)
                .expectError(ChecklistNotFound.class).verify();
        checklist.markDone(member2, item.id(), firmA.firmId()).as(StepVerifier::create)
                .expectError(ChecklistItemNotFound.class).verify();
        checklist.reopen(member2, item.id(), firmA.firmId()).as(StepVerifier::create)
                .expectError(ChecklistItemNotFound.class).verify();
        checklist.matrix(member2, d.id()).as(StepVerifier::create).expectError(NotPermitted.class).verify();
        checklist.forFirm(firmA, d.id(), firmA.firmId()).as(StepVerifier::create)
                .assertNext(list -> assertThat(list.entries().getFirst().done()).isFalse()).verifyComplete();

        // A firm that does not take part has no list, and nothing to tick.
        Actor leader = actors.of("leader");
        checklist.forFirm(leader, d.id(), leader.firmId()).as(StepVerifier::create)
                .expectError(ChecklistNotFound.class).verify();
        checklist.markDone(leader, item.id(), null).as(StepVerifier::create)
                .expectError(ChecklistItemNotFound.class).verify();
        delegations.takesPart(leader, d.id()).as(StepVerifier::create).expectNext(false).verifyComplete();
        delegations.takesPart(member2, d.id()).as(StepVerifier::create).expectNext(true).verifyComplete();
    }

    @Test
    void a_firm_that_withdraws_loses_its_list() {
        Delegation d = delegation();
        DelegationApplication a = approve(actors.member2(), d);
        item(d, "缴纳团费", "Pay the delegation fee", today().plusDays(5));
        delegations.withdraw(actors.member2(), a.id()).block();
        checklist.forFirm(actors.member2(), d.id(), actors.member2().firmId()).as(StepVerifier::create)
                .expectError(ChecklistNotFound.class).verify();
        checklist.matrix(actors.staff(), d.id()).as(StepVerifier::create)
                .assertNext(m -> assertThat(m.rows()).isEmpty()).verifyComplete();
    }

    @Test
    void staff_tick_for_the_firm_they_name() {
        Delegation d = delegation();
        approve(actors.member(), d);
        ChecklistItem item = item(d, "签证材料", "Visa documents", today().plusDays(5));
        checklist.markDone(actors.staff(), item.id(), null).as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("firmId", "validation.required")))
                .verify();
        var staff = actors.staff();
        checklist.markDone(staff, item.id(), actors.member().firmId()).as(StepVerifier::create)
                .assertNext(e -> {
                    assertThat(e.done()).isTrue();
                    assertThat(e.doneBy()).isEqualTo(staff.userId());
                })
                .verifyComplete();
        checklist.forFirm(actors.staff(), d.id(), actors.member().firmId()).as(StepVerifier::create)
                .assertNext(list -> assertThat(list.entries().getFirst().done()).isTrue()).verifyComplete();
    }

    @Test
    void staff_keep_the_template_firms_may_not_and_bad_items_are_refused_field_by_field() {
        Delegation d = delegation();
        checklist.add(actors.member(), d.id(), new ChecklistItemDraft("a", "a", "", today(), null))
                .as(StepVerifier::create).expectError(NotPermitted.class).verify();
        checklist.add(actors.staff(), d.id(), new ChecklistItemDraft(" ", null, "x".repeat(2001),
                        today().minusYears(2), -1))
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems()).containsExactlyInAnyOrder(
                        new FieldProblem("titleZh", "validation.required"),
                        new FieldProblem("titleEn", "validation.required"),
                        new FieldProblem("description", "validation.too-long.2000"),
                        new FieldProblem("dueDate", "checklist.validation.due-too-early"),
                        new FieldProblem("position", "checklist.validation.position")))
                .verify();
        // The test fairs end on 2027-05-13: 90 days after is the last allowed due date.
        checklist.add(actors.staff(), d.id(), new ChecklistItemDraft("退运", "Return shipment", "",
                        LocalDate.of(2027, 8, 12), null))
                .as(StepVerifier::create)
                .expectErrorSatisfies(e -> assertThat(((InvalidInput) e).problems())
                        .containsExactly(new FieldProblem("dueDate", "checklist.validation.due-too-late")))
                .verify();
        checklist.add(actors.staff(), d.id(), new ChecklistItemDraft("退运", "Return shipment", "",
                        LocalDate.of(2027, 8, 11), null))
                .as(StepVerifier::create).assertNext(i -> assertThat(i.dueDate()).isEqualTo("2027-08-11"))
                .verifyComplete();
        checklist.template(actors.staff(), d.id()).as(StepVerifier::create).expectNextCount(1).verifyComplete();
    }

    @Test
    void the_demo_logistics_delegation_has_five_items_two_overdue_for_firm_b_and_one_done_by_firm_a() {
        Delegation demo = delegations.list(null)
                .filter(d -> d.titleEn().startsWith("Xinchang pavilion at India ITME")).blockFirst();
        Actor member2 = actors.member2();
        checklist.forFirm(member2, demo.id(), member2.firmId()).as(StepVerifier::create)
                .assertNext(list -> {
                    assertThat(list.entries()).hasSize(5);
                    assertThat(list.entries()).extracting(e -> e.item().titleZh()).startsWith("提交护照复印件", "签证材料");
                    assertThat(list.entries()).extracting(ChecklistEntry::state).containsExactly(
                            ChecklistState.OVERDUE, ChecklistState.OVERDUE, ChecklistState.OPEN,
                            ChecklistState.OPEN, ChecklistState.OPEN);
                })
                .verifyComplete();
        Actor member = actors.member();
        checklist.forFirm(member, demo.id(), member.firmId()).as(StepVerifier::create)
                .assertNext(list -> assertThat(list.entries()).extracting(ChecklistEntry::state).startsWith(
                        ChecklistState.DONE, ChecklistState.OVERDUE))
                .verifyComplete();
    }

    @Test
    void staff_change_and_remove_items_and_a_stale_change_is_refused() {
        Delegation d = delegation();
        approve(actors.member(), d);
        ChecklistItem item = item(d, "签证材料", "Visa documents", today().plusDays(5));
        ChecklistItemDraft change = new ChecklistItemDraft("签证材料（原件）", "Visa documents (originals)",
                "原件寄协会", today().plusDays(7), 4);
        checklist.update(actors.staff(), item.id(), item.version(), change).as(StepVerifier::create)
                .assertNext(changed -> {
                    assertThat(changed.titleEn()).isEqualTo("Visa documents (originals)");
                    assertThat(changed.position()).isEqualTo(4);
                    assertThat(changed.version()).isEqualTo(item.version() + 1);
                })
                .verifyComplete();
        checklist.update(actors.staff(), item.id(), item.version(), change).as(StepVerifier::create)
                .expectError(ChangedConcurrently.class).verify();
        checklist.update(actors.member(), item.id(), null, change).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();

        checklist.markDone(actors.member(), item.id(), null).block();
        checklist.remove(actors.staff(), item.id()).as(StepVerifier::create).verifyComplete();
        checklist.forFirm(actors.member(), d.id(), actors.member().firmId()).as(StepVerifier::create)
                .assertNext(list -> assertThat(list.entries()).isEmpty()).verifyComplete();
        checklist.remove(actors.staff(), item.id()).as(StepVerifier::create)
                .expectError(ChecklistItemNotFound.class).verify();
    }
}
