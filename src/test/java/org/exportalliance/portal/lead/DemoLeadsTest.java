package org.exportalliance.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.lead.claim.ClaimStage;
import org.exportalliance.portal.lead.claim.ClaimStatus;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a newcomer sees of the lead exchange when logging in as each demo user. */
@PortalTest
class DemoLeadsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired Actors actors;

    @Test
    void firm_b_sees_the_alliance_leads_and_only_the_blind_signal_on_the_buyer_firm_a_holds() {
        List<LeadRow> rossi = leads.search(actors.member2(), new LeadFilter("IT", null, null, "Tessitura Rossi",
                false), LeadPage.of(0, 10)).collectList().block(WAIT);

        assertThat(rossi).extracting(r -> r.lead().companyName())
                .contains("Tessitura Rossi S.p.A.", "TESSITURA ROSSI SPA");
        assertThat(rossi).allSatisfy(r -> assertThat(r.othersHolds()).extracting(Hold::category)
                .containsExactly("WEAVING"));
    }

    @Test
    void firm_a_works_its_approved_claim_and_staff_see_the_conflict_firm_b_ran_into() {
        assertThat(claims.list(actors.member(), true, 0, 50).collectList().block(WAIT))
                .anySatisfy(c -> {
                    assertThat(c.companyName()).isEqualTo("Tessitura Rossi S.p.A.");
                    assertThat(c.status()).isEqualTo(ClaimStatus.APPROVED);
                    assertThat(c.stage()).isEqualTo(ClaimStage.CONTACTED);
                });
        assertThat(claims.conflicts(actors.staff(), 0, 100).collectList().block(WAIT))
                .anySatisfy(c -> {
                    assertThat(c.firmId()).isEqualTo(actors.member2().firmId());
                    assertThat(c.holderFirmId()).isEqualTo(actors.member().firmId());
                });
        assertThat(leads.search(actors.member2(), new LeadFilter(null, null, null, "Sinar Jaya", false),
                LeadPage.of(0, 5)).collectList().block(WAIT)).hasSize(1);
        assertThat(leads.search(actors.member(), new LeadFilter(null, null, null, "Sinar Jaya", false),
                LeadPage.of(0, 5)).collectList().block(WAIT)).isEmpty();
    }
}
