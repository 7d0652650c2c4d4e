package org.exportalliance.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.Claim;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

@PortalTest
class OrderServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired OrderService orders;
    @Autowired FxRates rates;
    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;
    @Autowired Clock clock;

    @Test
    void an_order_from_a_claimed_lead_goes_from_quote_to_payment_keeping_every_stage_and_its_confirmation_rates() {
        Actor member = actors.member();
        Claim claim = ownClaim(member);
        LocalDate today = LocalDate.now(clock);
        rate("EUR", today, "7.7500");
        rate("USD", today, "7.2500");

        ExportOrder order = orders.create(member, draft("LEAD", claim.id(), null, "EUR",
                line("WEAVING", "Air-jet loom JAT810", 4, "38500.50"),
                line("WEAVING", "Spare parts kit", 1, "1200"))).block(WAIT);

        assertThat(order.stage()).isEqualTo(OrderStage.QUOTED);
        assertThat(order.total()).isEqualTo(new Money(new BigDecimal("155202.0000"), "EUR"));
        assertThat(order.buyerId()).as("the claimed lead's buyer").isEqualTo(claim.buyerId());
        assertThat(order.fx()).isNull();
        assertThat(order.totalCny()).isNull();

        for (OrderStage next : List.of(OrderStage.CONFIRMED, OrderStage.IN_PRODUCTION, OrderStage.SHIPPED,
                OrderStage.DELIVERED, OrderStage.PAID)) {
            order = orders.advance(member, order.id(), order.version(), next, today).block(WAIT);
            assertThat(order.stage()).isEqualTo(next);
        }

        assertThat(order.fx()).isEqualTo(new FxSnapshot(today, new BigDecimal("7.7500000000"),
                new BigDecimal("1.0689655172")));
        assertThat(order.totalCny()).isEqualTo(new Money(new BigDecimal("1202815.50"), "CNY"));
        assertThat(order.totalUsd()).isEqualTo(new Money(new BigDecimal("165905.59"), "USD"));
        assertThat(orders.stages(member, order.id()).map(StageChange::stage).collectList().block(WAIT))
                .containsExactly(OrderStage.QUOTED, OrderStage.CONFIRMED, OrderStage.IN_PRODUCTION,
                        OrderStage.SHIPPED, OrderStage.DELIVERED, OrderStage.PAID);
        assertThat(orders.stages(member, order.id()).collectList().block(WAIT))
                .allSatisfy(s -> assertThat(s.recordedBy()).isEqualTo(member.userId()));
    }

    @Test
    void an_order_recorded_later_keeps_its_quote_day_and_the_rate_of_its_confirmation_day() {
        Actor member = actors.member();
        LocalDate today = LocalDate.now(clock);
        rate("SGD", today.minusDays(20), "5.3100");
        rate("SGD", today, "5.9900");
        rate("USD", today.minusDays(20), "7.1000");
        OrderDraft d = direct("SGD");
        OrderDraft quotedEarlier = new OrderDraft(d.buyerName(), d.destinationCountry(), d.currency(), d.incoterm(),
                d.namedPlace(), d.attribution(), null, null, null, null, d.lines(), today.minusDays(30));

        ExportOrder order = orders.create(member, quotedEarlier).block(WAIT);
        ExportOrder confirmed = orders.advance(member, order.id(), order.version(), OrderStage.CONFIRMED,
                today.minusDays(20)).block(WAIT);

        assertThat(order.stageOn()).isEqualTo(today.minusDays(30));
        assertThat(confirmed.fx().date()).isEqualTo(today.minusDays(20));
        assertThat(confirmed.fx().cny()).isEqualByComparingTo("5.31");
        OrderDraft future = new OrderDraft(d.buyerName(), d.destinationCountry(), d.currency(), d.incoterm(),
                d.namedPlace(), d.attribution(), null, null, null, null, d.lines(), today.plusDays(1));
        assertThatThrownBy(() -> orders.create(member, future).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("quotedOn"));
    }

    @Test
    void an_order_cannot_expect_to_ship_or_be_paid_before_it_was_quoted_on_creation_or_edit() {
        Actor member = actors.member();
        LocalDate today = LocalDate.now(clock);
        OrderDraft d = direct("USD");
        OrderDraft shipsEarlier = new OrderDraft(d.buyerName(), d.destinationCountry(), d.currency(), d.incoterm(),
                d.namedPlace(), d.attribution(), null, null, today.minusDays(31), today.minusDays(31), d.lines(),
                today.minusDays(30));

        assertThatThrownBy(() -> orders.create(member, shipsEarlier).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(
                                FieldProblem::field, FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(tuple("expectedShipOn", "order.validation.ship-before-quote"),
                                tuple("expectedPaidOn", "order.validation.paid-before-quote")));

        // The quote day is the order's own on an edit, not the day of the edit.
        OrderDraft onTheDay = new OrderDraft(d.buyerName(), d.destinationCountry(), d.currency(), d.incoterm(),
                d.namedPlace(), d.attribution(), null, null, today.minusDays(30), null, d.lines(),
                today.minusDays(30));
        ExportOrder order = orders.create(member, onTheDay).block(WAIT);
        assertThat(order.quotedOn()).isEqualTo(today.minusDays(30));
        OrderDraft movedEarlier = new OrderDraft(d.buyerName(), d.destinationCountry(), d.currency(), d.incoterm(),
                d.namedPlace(), d.attribution(), null, null, null, today.minusDays(31), d.lines(), null);
        assertThatThrownBy(() -> orders.update(member, order.id(), order.version(), movedEarlier).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("expectedPaidOn"));
        assertThat(orders.update(member, order.id(), order.version(), onTheDay).block(WAIT).expectedShipOn())
                .isEqualTo(today.minusDays(30));
    }

    @Test
    void the_database_refuses_expected_dates_before_the_quote_day_even_past_the_service() {
        Actor member = actors.member();
        LocalDate today = LocalDate.now(clock);
        ExportOrder order = orders.create(member, direct("USD")).block(WAIT);

        assertThatThrownBy(() -> db.sql("update export_order set expected_ship_on = :day where id = :id")
                .bind("day", today.minusDays(1)).bind("id", order.id()).then().block(WAIT))
                .hasMessageContaining("export_order_dates_after_quote");
        assertThatThrownBy(() -> db.sql("update export_order set expected_paid_on = :day where id = :id")
                .bind("day", today.minusDays(1)).bind("id", order.id()).then().block(WAIT))
                .hasMessageContaining("export_order_dates_after_quote");
        db.sql("update export_order set expected_ship_on = :day where id = :id")
                .bind("day", today.plusDays(3)).bind("id", order.id()).then().block(WAIT);
        assertThatThrownBy(() -> db.sql("update export_order_stage set on_date = :day "
                        + "where order_id = :id and stage = 'QUOTED'")
                .bind("day", today.plusDays(4)).bind("id", order.id()).then().block(WAIT))
                .hasMessageContaining("export_order_dates_after_quote");
        // Every order the demo and its ERP history seeded keeps the rule.
        assertThat(db.sql("""
                        select count(*) from export_order o join export_order_stage q
                            on q.order_id = o.id and q.stage = 'QUOTED'
                        where o.expected_ship_on < q.on_date or o.expected_paid_on < q.on_date""")
                .map(row -> row.get(0, Long.class)).one().block(WAIT)).isZero();
    }

    @Test
    void a_skipped_stage_is_refused_and_changes_nothing() {
        Actor member = actors.member();
        ExportOrder order = orders.create(member, direct("CNY")).block(WAIT);

        assertThatThrownBy(() -> orders.advance(member, order.id(), order.version(), OrderStage.SHIPPED, null)
                .block(WAIT)).isInstanceOfSatisfying(IllegalOrderStage.class,
                        e -> assertThat(e.extensions()).containsEntry("from", "QUOTED")
                                .containsEntry("allowed", List.of("CANCELLED", "CONFIRMED")));

        ExportOrder after = orders.find(member, order.id()).block(WAIT);
        assertThat(after.stage()).isEqualTo(OrderStage.QUOTED);
        assertThat(after.version()).isEqualTo(order.version());
    }

    @Test
    void confirming_without_a_rate_for_the_day_is_refused_clearly_and_saves_nothing() {
        Actor member = actors.member();
        ExportOrder order = orders.create(member, direct("ZAR")).block(WAIT);

        assertThatThrownBy(() -> orders.advance(member, order.id(), order.version(), OrderStage.CONFIRMED, null)
                .block(WAIT)).isInstanceOfSatisfying(FxRateMissing.class,
                        e -> assertThat(e.extensions()).containsEntry("currency", "ZAR"));

        ExportOrder after = orders.find(member, order.id()).block(WAIT);
        assertThat(after.stage()).isEqualTo(OrderStage.QUOTED);
        assertThat(after.fx()).isNull();
        assertThat(orders.stages(member, order.id()).collectList().block(WAIT)).hasSize(1);
    }

    @Test
    void a_rate_of_up_to_a_week_before_stands_in_for_a_day_without_one_and_no_older() {
        LocalDate today = LocalDate.now(clock);
        rate("CHF", today.minusDays(7), "8.1");
        rate("GBP", today.minusDays(8), "9.1");

        assertThat(rates.cnyPerUnit("CHF", today).block(WAIT)).isEqualByComparingTo("8.1");
        assertThatThrownBy(() -> rates.cnyPerUnit("GBP", today).block(WAIT)).isInstanceOf(FxRateMissing.class);
        assertThat(rates.cnyPerUnit("CNY", today).block(WAIT)).isEqualByComparingTo("1");
    }

    @Test
    void an_edit_from_a_stale_version_is_refused_as_changed_by_someone_else() {
        Actor member = actors.member();
        ExportOrder order = orders.create(member, direct("CNY")).block(WAIT);
        orders.advance(member, order.id(), order.version(), OrderStage.CANCELLED, null).block(WAIT);

        assertThatThrownBy(() -> orders.advance(member, order.id(), order.version(), OrderStage.CONFIRMED, null)
                .block(WAIT)).isInstanceOf(ChangedConcurrently.class);
    }

    @Test
    void an_edit_replaces_the_lines_and_total_and_two_edits_from_one_version_cannot_both_win() {
        Actor member = actors.member();
        ExportOrder order = orders.create(member, direct("CNY")).block(WAIT);
        OrderDraft changed = draft("DIRECT", null, null, "CNY", line("KNITTING", "Flat knitting machine", 5, "97000"),
                line("KNITTING", "Needles", 200, "3.50"));

        ExportOrder edited = orders.update(member, order.id(), order.version(), changed).block(WAIT);

        assertThat(edited.version()).isEqualTo(order.version() + 1);
        assertThat(edited.lines()).extracting(OrderLine::model).containsExactly("Flat knitting machine", "Needles");
        assertThat(edited.total().amount()).isEqualByComparingTo("485700");
        assertThatThrownBy(() -> orders.update(member, order.id(), order.version(), direct("CNY")).block(WAIT))
                .isInstanceOf(ChangedConcurrently.class);
        assertThat(orders.find(member, order.id()).block(WAIT).lines()).hasSize(2);
    }

    @Test
    void a_confirmed_order_keeps_its_currency_and_a_shipped_one_is_no_longer_edited() {
        Actor member = actors.member();
        LocalDate today = LocalDate.now(clock);
        rate("USD", today, "7.2500");
        ExportOrder order = orders.create(member, direct("USD")).block(WAIT);
        ExportOrder confirmed = orders.advance(member, order.id(), order.version(), OrderStage.CONFIRMED, today)
                .block(WAIT);

        assertThatThrownBy(() -> orders.update(member, order.id(), confirmed.version(), direct("CNY")).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("order.validation.currency-fixed"));
        ExportOrder shipped = orders.advance(member, order.id(), confirmed.version(), OrderStage.IN_PRODUCTION, today)
                .flatMap(o -> orders.advance(member, o.id(), o.version(), OrderStage.SHIPPED, today)).block(WAIT);
        assertThatThrownBy(() -> orders.update(member, order.id(), shipped.version(), direct("USD")).block(WAIT))
                .isInstanceOf(OrderNotEditable.class);
    }

    @Test
    void another_firm_neither_sees_nor_moves_an_order_and_staff_see_it() {
        ExportOrder order = orders.create(actors.member(), direct("CNY")).block(WAIT);
        Actor member2 = actors.member2();

        assertThatThrownBy(() -> orders.find(member2, order.id()).block(WAIT)).isInstanceOf(OrderNotFound.class);
        assertThatThrownBy(() -> orders.advance(member2, order.id(), order.version(), OrderStage.CANCELLED, null)
                .block(WAIT)).isInstanceOf(OrderNotFound.class);
        assertThat(orders.list(member2, 0, 500).map(ExportOrder::id).collectList().block(WAIT))
                .doesNotContain(order.id());
        assertThat(orders.find(actors.staff(), order.id()).block(WAIT).id()).isEqualTo(order.id());
        assertThatThrownBy(() -> orders.create(actors.staff(), direct("CNY")).block(WAIT))
                .as("staff's firm is the association, which exports nothing").isInstanceOf(NotPermitted.class);
        assertThat(orders.list(actors.member(), 0, 500).map(ExportOrder::id).collectList().block(WAIT))
                .contains(order.id());
    }

    @Test
    void bad_drafts_get_every_problem_at_once_and_nothing_is_saved() {
        Actor member = actors.member();
        long before = count();
        OrderDraft bad = new OrderDraft(" ", "XX", "EURO", "FOBB", "", null, null, null,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1), List.of(
                        line("WEAVING", "Loom", -3, "100"),
                        line("TELEPORTERS", "", 1, "0"),
                        line("WEAVING", "Loom", 20_000, "1.005")));

        assertThatThrownBy(() -> orders.create(member, bad).block(WAIT)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(
                                tuple("buyerName", "validation.required"),
                                tuple("destinationCountry", "validation.country"),
                                tuple("currency", "validation.currency"),
                                tuple("incoterm", "order.validation.incoterm"),
                                tuple("namedPlace", "validation.required"),
                                tuple("attribution", "order.validation.attribution"),
                                tuple("expectedPaidOn",
                                        "order.validation.paid-before-shipped"),
                                tuple("lines[0].quantity", "order.validation.quantity"),
                                tuple("lines[1].category", "validation.bad-value"),
                                tuple("lines[1].model", "validation.required"),
                                tuple("lines[1].unitPrice", "order.validation.unit-price"),
                                tuple("lines[2].quantity", "order.validation.quantity")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_price_finer_than_the_currencys_minor_unit_is_refused() {
        OrderDraft yen = new OrderDraft("Osaka Textile KK", "JP", "JPY", "CIF", "Osaka", "DIRECT", null, null, null,
                null, List.of(line("KNITTING", "Circular knitter", 2, "1500000.5")));

        assertThatThrownBy(() -> orders.create(actors.member(), yen).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("order.validation.unit-price-decimals"));
    }

    @Test
    void an_attribution_must_name_the_firms_own_claim_or_a_delegation_it_took_part_in() {
        Actor member = actors.member();
        Claim othersClaim = ownClaim(actors.member2());

        assertThatThrownBy(() -> orders.create(member, draft("LEAD", othersClaim.id(), null, "CNY",
                line("WEAVING", "Rapier loom", 1, "250000"))).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("order.validation.claim-not-ours"));
        assertThatThrownBy(() -> orders.create(member, draft("FAIR", null, UUID.randomUUID(), "CNY",
                line("WEAVING", "Rapier loom", 1, "250000"))).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("order.validation.not-in-delegation"));
        assertThatThrownBy(() -> orders.create(member, draft("DIRECT", othersClaim.id(), null, "CNY",
                line("WEAVING", "Rapier loom", 1, "250000"))).block(WAIT))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("order.validation.claim-not-lead"));
    }

    @Test
    void an_order_from_a_fair_names_a_delegation_the_firm_took_part_in() {
        Actor member = actors.member();
        UUID delegation = db.sql("""
                        select a.delegation_id from delegation_application a
                        where a.firm_id = :firm and a.status in ('APPROVED', 'ACCEPTED') limit 1""")
                .bind("firm", member.firmId()).map(r -> r.get("delegation_id", UUID.class)).one().block(WAIT);

        ExportOrder order = orders.create(member, draft("FAIR", null, delegation, "CNY",
                line("SPINNING", "Ring spinning frame", 2, "640000"))).block(WAIT);

        assertThat(order.attribution()).isEqualTo(Attribution.FAIR);
        assertThat(order.delegationId()).isEqualTo(delegation);
        assertThat(order.buyerId()).isNull();
    }

    @Test
    void the_database_refuses_an_order_without_its_attributions_target_even_past_the_service() {
        Actor member = actors.member();

        assertThatThrownBy(() -> db.sql("""
                        insert into export_order (id, firm_id, buyer_name, destination_country, currency, incoterm,
                            named_place, attribution, stage, stage_on, total, created_at, updated_at)
                        values (gen_random_uuid(), :firm, 'X', 'IT', 'EUR', 'FOB', 'Ningbo', 'LEAD', 'QUOTED',
                            current_date, 1, now(), now())""")
                .bind("firm", member.firmId()).then().block(WAIT)).hasMessageContaining("export_order_attribution");
        assertThatThrownBy(() -> db.sql("""
                        insert into export_order (id, firm_id, buyer_name, destination_country, currency, incoterm,
                            named_place, attribution, stage, stage_on, total, created_at, updated_at)
                        values (gen_random_uuid(), :firm, 'X', 'IT', 'EUR', 'FOB', 'Ningbo', 'DIRECT', 'CONFIRMED',
                            current_date, 1, now(), now())""")
                .bind("firm", member.firmId()).then().block(WAIT)).hasMessageContaining("export_order_confirmed_has_fx");
    }

    @Test
    void only_staff_enter_rates_and_absurd_rates_are_refused() {
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> rates.set(actors.member(), new FxRate(today, "EUR", new BigDecimal("7.7")))
                .block(WAIT)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> rates.set(actors.staff(), new FxRate(today.plusDays(1), "CNY", BigDecimal.ZERO))
                .block(WAIT)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("currency", "cny", "date"));
    }

    private Claim ownClaim(Actor actor) {
        Lead lead = leads.create(actor, Leads.draft(Leads.uniqueName(), "IT", Visibility.PRIVATE, "WEAVING"))
                .block(WAIT).lead();
        return claims.claim(actor, lead.id(), Set.of("WEAVING")).block(WAIT);
    }

    private void rate(String currency, LocalDate date, String cny) {
        rates.set(actors.staff(), new FxRate(date, currency, new BigDecimal(cny))).block(WAIT);
    }

    private long count() {
        return db.sql("select count(*) as n from export_order").map(r -> r.get("n", Long.class)).one().block(WAIT);
    }

    private static OrderDraft direct(String currency) {
        return draft("DIRECT", null, null, currency, line("KNITTING", "Flat knitting machine", 3, "98000"));
    }

    private static OrderDraft draft(String attribution, UUID claimId, UUID delegationId, String currency,
            OrderLineDraft... lines) {
        return new OrderDraft("Tessitura Rossi S.p.A.", "IT", currency, "FOB", "Ningbo", attribution, claimId,
                delegationId, null, null, List.of(lines));
    }

    private static OrderLineDraft line(String category, String model, int quantity, String unitPrice) {
        return new OrderLineDraft(category, model, quantity, new BigDecimal(unitPrice));
    }
}
