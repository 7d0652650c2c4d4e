package org.exportalliance.portal.delegation.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import reactor.test.StepVerifier;

@PortalTest
class LedgerServiceTest {

    @Autowired LedgerService ledger;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired Actors actors;
    @LocalServerPort int port;

    @Test
    void each_firm_gets_its_exact_share_and_the_shares_add_up_to_every_item() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(3, "9")).block();
        delegations.apply(actors.of("leader"), d.id(), Delegations.application(1, "27")).block();
        ledger.addItem(actors.staff(), d.id(), new CostItemDraft(CostKind.BOOTH_RENT, "光地租金", new BigDecimal("54000.00"),
                SplitRule.BY_AREA)).block();
        ledger.addItem(actors.staff(), d.id(), new CostItemDraft(CostKind.INTERPRETERS, "三名翻译", new BigDecimal("10000.00"),
                SplitRule.EQUAL)).block();
        ledger.addItem(actors.staff(), d.id(), new CostItemDraft(CostKind.SUBSIDY, "县商务局补贴",
                new BigDecimal("6000.00"), SplitRule.PER_TRAVELLER)).block();

        List<Statement> all = ledger.allStatements(actors.staff(), d.id()).collectList().block();
        assertThat(all).hasSize(3);
        for (int line = 2; line < 5; line++) {
            int l = line;
            BigDecimal item = all.getFirst().lines().get(l).itemCny();
            BigDecimal sum = all.stream().map(s -> s.lines().get(l).shareCny().abs())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(all.getFirst().lines().get(l).labelKey()).isEqualByComparingTo(item);
        }
        Statement mine = ledger.statement(actors.member(), d.id(), actors.member().firmId()).block();
        // fee 8000 + 18 m² × 1200 = 21600; rent 54000 × 18/54 = 18000; interpreters 10000/3 → 3333.34 or 3333.33;
        // subsidy 6000 × 2/6 = 2000 off.
        assertThat(mine.lines()).extracting(Statement.Line::shareCny).first().isEqualTo(new BigDecimal("8000.00"));
        assertThat(mine.lines().get(1).shareCny()).isEqualByComparingTo("21600.00");
        assertThat(mine.lines().get(2).shareCny()).isEqualByComparingTo("18000.00");
        assertThat(mine.lines().get(4).shareCny()).isEqualByComparingTo("-2000.00");
        assertThat(mine.totalCny()).isBetween(new BigDecimal("48933.33"), new BigDecimal("48933.34"));
    }

    @Test
    void a_firm_sees_only_its_own_statement() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        ledger.statement(actors.member2(), d.id(), actors.member().firmId()).as(StepVerifier::create)
                .expectError(StatementNotFound.class).verify();
        ledger.allStatements(actors.member(), d.id()).as(StepVerifier::create).expectError(NotPermitted.class)
                .verify();
        ledger.addItem(actors.member(), d.id(), new CostItemDraft(CostKind.FREIGHT, "x", BigDecimal.TEN,
                SplitRule.EQUAL)).as(StepVerifier::create).expectError(NotPermitted.class).verify();
        ledger.addItem(actors.staff(), d.id(), new CostItemDraft(CostKind.FREIGHT, " ", new BigDecimal("-1"),
                null)).as(StepVerifier::create).expectError(InvalidInput.class).verify();

        var api = ApiClient.on(port);
        String member2 = ApiClient.token(port, "member2");
        api.get().uri("/v1/delegations/" + d.id() + "/statement?firmId=" + actors.member().firmId())
                .headers(h -> h.setBearerAuth(member2)).exchange().expectStatus().isNotFound();
        api.get().uri("/v1/delegations/" + d.id() + "/statements").headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isForbidden();
        api.get().uri("/v1/delegations/" + d.id() + "/statement").headers(h -> h.setBearerAuth(member2))
                .exchange().expectStatus().isNotFound();
        String member = ApiClient.token(port, "member");
        api.get().uri("/v1/delegations/" + d.id() + "/statement").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.firmId").isEqualTo(actors.member().firmId().toString());
    }
}
