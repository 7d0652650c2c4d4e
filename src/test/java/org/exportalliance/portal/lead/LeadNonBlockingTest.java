package org.exportalliance.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.ReactiveGuard.onReactiveThread;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.claim.ClaimConflict;
import org.exportalliance.portal.lead.claim.ClaimDecisions;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/**
 * Leads and claims never block a reactive thread: validation (libphonenumber's metadata, the currency list),
 * buyer matching, the audited reveal, the claim race's refusal and staff decisions with notifications. Runs in the
 * test JVM, which BlockHound guards.
 */
@PortalTest
class LeadNonBlockingTest {

    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired ClaimDecisions decisions;
    @Autowired Actors actors;

    @BeforeEach
    void guard() {
        ReactiveGuard.install();
    }

    @Test
    void creating_searching_revealing_and_claiming_never_block() {
        Actor leader = actors.of("leader");
        Actor member = actors.member();
        Actor member2 = actors.member2();
        Actor staff = actors.staff();
        // A country whose phone metadata nobody loaded yet in this JVM, and a currency.
        LeadDraft draft = new LeadDraft(Leads.uniqueName() + " Ltda.", "BR", "São Paulo", "tecelagem-bench.com.br",
                List.of(new ContactDraft("Ana Souza", "Compras", "ana@tecelagem-bench.com.br", "(11) 3061-2000", null,
                        "+55 11 98765-4321")),
                Set.of("WEAVING"), new BigDecimal("125000.50"), "BRL", LeadSource.FAIR, null, "", Visibility.ALLIANCE,
                Set.of(), Set.of());

        Lead lead = onReactiveThread(() -> leads.create(leader, draft)).block().lead();
        onReactiveThread(() -> leads.search(member2, new LeadFilter("BR", "WEAVING", null, draft.companyName(),
                false), LeadPage.of(0, 10)).collectList())
                .as(StepVerifier::create).assertNext(rows -> assertThat(rows).hasSize(1)).verifyComplete();
        onReactiveThread(() -> leads.reveal(member, lead.id()))
                .as(StepVerifier::create).assertNext(c -> assertThat(c.getFirst().phone()).isEqualTo("+551130612000"))
                .verifyComplete();
        onReactiveThread(() -> claims.claim(member, lead.id(), Set.of("WEAVING"))
                .flatMap(claim -> claims.advance(member, claim.id(), ClaimStage.CONTACTED, null))
                .flatMap(claim -> decisions.approve(staff, claim.id(), "checked")))
                .as(StepVerifier::create).assertNext(claim -> assertThat(claim.stage()).isEqualTo(ClaimStage.CONTACTED))
                .verifyComplete();
        onReactiveThread(() -> claims.claim(member2, lead.id(), Set.of("WEAVING")))
                .as(StepVerifier::create).expectError(ClaimConflict.class).verify();
    }
}
