package org.exportalliance.portal.lead.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * "Save the lead and register it for my firm" is one transaction ({@link ClaimService#createAndClaim}): a refused
 * claim is an answer and keeps the lead (ClaimServiceTest), but a claim that fails takes the lead down with it.
 */
@PortalTest
class CreateAndClaimTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired ClaimRepository claimRows;
    @Autowired Actors actors;
    @Autowired Members members;
    @Autowired DatabaseClient db;
    @Autowired TransactionalOperator tx;
    @Autowired Clock clock;

    @Test
    void a_claim_that_fails_leaves_no_lead_behind() {
        String name = Leads.uniqueName();
        Lead shared = leads.create(actors.of("leader"), Leads.draft(name, "VN", Visibility.ALLIANCE, "WEAVING"))
                .block(WAIT).lead();
        Actor first = members.newFirm("first").block(WAIT);
        Actor second = members.newFirm("second").block(WAIT);
        Sinks.One<Boolean> writtenInside = Sinks.one();

        // A claim written around the conflict-check lock (as a staff transfer writes one) stays uncommitted a while:
        // the second firm's check cannot see it, and its write then runs into the exclusion constraint.
        OffsetDateTime now = OffsetDateTime.now(clock);
        Mono<Void> open = tx.transactional(claimRows.insert(UUID.randomUUID(), shared.id(), shared.buyerId(),
                        first.firmId(), first.userId(), Set.of("WEAVING"), now, now.plusDays(30))
                .then(Mono.fromRunnable(() -> writtenInside.tryEmitValue(true)))
                .then(Mono.delay(Duration.ofSeconds(2)))
                .then());
        Mono<Object> saving = writtenInside.asMono()
                .then(claims.createAndClaim(second, Leads.draft(name.toUpperCase(), "VN", Visibility.PRIVATE,
                        "WEAVING")).<Object>map(saved -> saved))
                .onErrorResume(ChangedConcurrently.class, Mono::just);

        var outcome = Mono.zip(open.thenReturn(true).subscribeOn(Schedulers.parallel()),
                saving.subscribeOn(Schedulers.parallel())).block(WAIT);

        assertThat(outcome.getT2()).isInstanceOf(ChangedConcurrently.class);
        assertThat(db.sql("select count(*) from lead where owner_firm_id = :firm").bind("firm", second.firmId())
                .map(row -> row.get(0, Long.class)).one().block(WAIT)).as("the lead went with the claim").isZero();
        assertThat(db.sql("select count(*) from claim where firm_id = :firm").bind("firm", second.firmId())
                .map(row -> row.get(0, Long.class)).one().block(WAIT)).isZero();
    }
}
